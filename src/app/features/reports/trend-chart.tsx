import { useTranslation } from 'react-i18next';
import type { MonthPoint } from '../../../core/api/report-views';
import type { ReportLang } from '../../../core/reports/report-words';
import { formatCount } from '../../../core/reports/report-words';
import { monthText } from './report-lang';
import { TableHead } from '../../components/table-head';

type Say = (key: string, o?: Record<string, unknown>) => string;
type Props = { months: MonthPoint[]; lang: ReportLang; t?: Say; table?: boolean };

const W = 320;
const H = 150;
const PAD = 6;
/** Told apart by the line's pattern as well as its colour (black-and-white print, colour blindness). */
const SERIES = [
  { key: 'households', dash: undefined, width: 2 },
  { key: 'surveyed', dash: '7 5', width: 2.5 },
  { key: 'complete', dash: undefined, width: 4 },
] as const;

/** Rounds the top of the scale up to a round number (1.500, 2.000, 3.000…), so the axis reads plainly. */
export function niceMax(n: number): number {
  if (n <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(n));
  return ([1, 1.5, 2, 3, 4, 5, 6, 8, 10].find((m) => m * p >= n) ?? 10) * p;
}

/**
 * Households, surveyed and complete at each month end, as lines. Text stays in HTML (not in the SVG) so it follows
 * the text-size setting; the SVG is described in one sentence and the figures are in a table beside it.
 */
export function TrendChart({ months, lang, t, table = true }: Props) {
  const { t: own } = useTranslation('staff');
  const say = t ?? own;
  if (!months.length) return <p className="hvs-body">{say('report.trend.none')}</p>;
  const max = niceMax(Math.max(...months.map((m) => m.households)));
  const x = (i: number) => (months.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (months.length - 1));
  const y = (n: number) => H - PAD - (n * (H - 2 * PAD)) / max;
  const last = months[months.length - 1];
  const n = (v: number) => formatCount(lang, v);
  const summary = say('report.trend.summary', {
    month: monthText(last.month),
    households: n(last.households),
    surveyed: n(last.surveyed),
    complete: n(last.complete),
  });
  return (
    <figure className="hvs-trend">
      <p className="hvs-trend-axis" aria-hidden>
        {say('report.trend.axis', { max: n(max) })}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="hvs-trend-svg">
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <line key={f} x1={0} x2={W} y1={y(f * max)} y2={y(f * max)} className="hvs-trend-grid" />
        ))}
        {SERIES.map((s) => (
          <g key={s.key} className={`hvs-trend-${s.key}`}>
            <polyline
              fill="none"
              strokeWidth={s.width}
              strokeDasharray={s.dash}
              points={months.map((m, i) => `${x(i)},${y(m[s.key])}`).join(' ')}
            />
            {months.map((m, i) => (
              <circle key={m.month} cx={x(i)} cy={y(m[s.key])} r={s.width + 1} />
            ))}
          </g>
        ))}
      </svg>
      <p className="hvs-trend-months" aria-hidden>
        <span>{monthText(months[0].month)}</span>
        {months.length > 1 && <span>{monthText(last.month)}</span>}
      </p>
      <figcaption>
        <ul className="hvs-trend-legend">
          {SERIES.map((s) => (
            <li key={s.key} className={`hvs-trend-${s.key}`}>
              <svg viewBox="0 0 30 10" aria-hidden>
                <line x1={0} x2={30} y1={5} y2={5} strokeWidth={s.width} strokeDasharray={s.dash} />
              </svg>
              {say(`report.trend.${s.key}`)}
            </li>
          ))}
        </ul>
      </figcaption>
      {table && <TrendTable months={months} lang={lang} say={say} />}
    </figure>
  );
}

function TrendTable({ months, lang, say }: { months: MonthPoint[]; lang: ReportLang; say: Say }) {
  const cols = SERIES.map((s) => say(`report.trend.${s.key}`));
  return (
    <details className="hvs-trend-details">
      <summary>{say('report.trend.table')}</summary>
      <table className="hvs-table hvs-report-table">
        <TableHead cols={[say('report.trend.month'), ...cols]} />
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthText(m.month)}</th>
              {SERIES.map((s, i) => (
                <td key={s.key} data-label={cols[i]}>
                  {formatCount(lang, m[s.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
