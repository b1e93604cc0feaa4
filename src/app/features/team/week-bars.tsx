import { useTranslation } from 'react-i18next';

type Props = { weeks: { weekStart: string; completions: number }[]; formatDay: (iso: string) => string };

/** Passed lessons per week as columns (SVG-free CSS); the newest weeks stay in view, older ones scroll sideways. */
export function WeekBars({ weeks, formatDay }: Props) {
  const { t } = useTranslation('staff');
  if (!weeks.length) return <p className="hvs-body">{t('coverage.noWeeks')}</p>;
  const max = Math.max(1, ...weeks.map((w) => w.completions));
  return (
    <div className="hvs-weeks-scroll">
      <ol className="hvs-weeks" aria-label={t('coverage.byWeek')}>
        {weeks.map((w) => (
          <li
            key={w.weekStart}
            className="hvs-week"
            aria-label={t('coverage.weekLabel', { date: formatDay(w.weekStart), count: w.completions })}
          >
            <span className="hvs-week-value" aria-hidden>
              {w.completions}
            </span>
            <span className="hvs-week-bar" aria-hidden style={{ height: `${(100 * w.completions) / max}%` }} />
            <span className="hvs-week-day" aria-hidden>
              {formatDay(w.weekStart)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
