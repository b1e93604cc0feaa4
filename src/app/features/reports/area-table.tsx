import { useTranslation } from 'react-i18next';
import type { AreaReport } from '../../../core/api/report-views';
import type { IndicatorId, IndicatorValue } from '../../../core/reports/indicators';
import { formatShare, type ReportLang } from '../../../core/reports/report-words';
import { countText } from './report-lang';
import { TableHead } from '../../components/table-head';

const valueOf = (a: AreaReport, id: IndicatorId): IndicatorValue | undefined => a.indicators.find((i) => i.id === id);
const cell = (lang: ReportLang, v: IndicatorValue | undefined) =>
  v ? `${countText(lang, v.count)} (${formatShare(lang, v.pct)})` : '–';

/**
 * Reach and completion per tổ dân phố. A real table on a wide screen; on a phone each row becomes a card (the CSS
 * stacks it, data-label names each figure), so nothing scrolls sideways at 360 px.
 */
export function AreaTable({ areas, lang }: { areas: AreaReport[]; lang: ReportLang }) {
  const { t } = useTranslation('staff');
  const cols = [t('report.area.households'), t('report.area.reach'), t('report.area.completed')];
  return (
    <table className="hvs-table hvs-report-table" data-testid="area-table">
      <caption className="hvs-sr-only">{t('report.byArea')}</caption>
      <TableHead cols={[t('report.area.name'), ...cols]} />
      <tbody>
        {areas.map((a) => {
          const reach = valueOf(a, 'reach');
          return (
            <tr key={a.areaId} data-area={a.areaId}>
              <th scope="row">{a.name}</th>
              <td data-label={cols[0]}>{countText(lang, reach?.of ?? null)}</td>
              <td data-label={cols[1]}>{cell(lang, reach)}</td>
              <td data-label={cols[2]}>{cell(lang, valueOf(a, 'completed'))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
