import { useTranslation } from 'react-i18next';
import type { ReportLang } from '../../../core/reports/report-words';
import { targetSentence } from '../../../core/reports/report-words';
import type { TargetProgress } from '../../../core/reports/targets';
import { StatusChip } from './status-chip';

type Props = { targets: TargetProgress[]; lang: ReportLang; t?: (key: string, o?: Record<string, unknown>) => string };

/** How far along the target is, 0–100: the bar fills up as the count nears the target's share. */
const towards = (x: TargetProgress) =>
  x.status === 'reached' ? 100 : x.pct === null ? 0 : Math.min(100, (100 * x.pct) / x.share);

/**
 * The ward plan's targets, each as the sentence the workbook writes (the officer pastes it into the ward's report),
 * with its status and a bar. The sentence carries every figure, so the bar is hidden from screen readers.
 */
export function TargetList({ targets, lang, t }: Props) {
  const { t: own } = useTranslation('staff');
  const say = t ?? own;
  if (!targets.length) return <p className="hvs-body">{say('report.noTargets')}</p>;
  return (
    <ul className="hvs-targets">
      {targets.map((x) => (
        <li key={`${x.indicator}-${x.by}`} className={`hvs-target is-${x.status}`} data-target={x.indicator}>
          <StatusChip status={x.status} t={t} />
          <p className="hvs-target-text">{targetSentence(lang, x)}</p>
          <span className="hvs-target-bar" aria-hidden>
            <span style={{ width: `${towards(x)}%` }} />
          </span>
          {x.source && <p className="hvs-muted">{say('report.source', { source: x.source })}</p>}
        </li>
      ))}
    </ul>
  );
}
