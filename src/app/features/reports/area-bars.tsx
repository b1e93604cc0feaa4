import type { AreaReport } from '../../../core/api/report-views';
import type { IndicatorId } from '../../../core/reports/indicators';
import type { ReportLang } from '../../../core/reports/report-words';
import { valueText } from './report-lang';

type Props = {
  areas: AreaReport[];
  lang: ReportLang;
  label: string;
  legend: { reach: string; completed: string; figures: string };
};

const valueOf = (a: AreaReport, id: IndicatorId) => a.indicators.find((i) => i.id === id);

/**
 * Reach and completion by tổ dân phố as paired bars: the bars are SVG, the names and figures HTML (they print at
 * the size the page sets, and read aloud as a list). The lighter bar is reach, the solid one completion.
 */
export function AreaBars({ areas, lang, label, legend }: Props) {
  return (
    <div className="hvs-area-bars">
      <p className="hvs-area-legend" aria-hidden>
        <span className="hvs-key is-reach" /> {legend.reach} <span className="hvs-key is-completed" />{' '}
        {legend.completed} {legend.figures}
      </p>
      <ul aria-label={label}>
        {areas.map((a) => {
          const reach = valueOf(a, 'reach');
          const done = valueOf(a, 'completed');
          return (
            <li key={a.areaId} data-area={a.areaId}>
              <span className="hvs-area-name">{a.name}</span>
              <svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden>
                <rect x={0} y={0} width={100} height={12} className="hvs-bar-bg" />
                <rect x={0} y={0} width={reach?.pct ?? 0} height={12} className="is-reach" />
                <rect x={0} y={3} width={done?.pct ?? 0} height={6} className="is-completed" />
              </svg>
              <span className="hvs-area-figures" aria-hidden>
                {valueText(lang, reach)} · {valueText(lang, done)}
              </span>
              <span className="hvs-sr-only">
                {legend.reach} {valueText(lang, reach)}, {legend.completed} {valueText(lang, done)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
