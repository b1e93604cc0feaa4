import { useTranslation } from 'react-i18next';
import type { CoverageView } from '../../../core/api/staff-schemas';
import { useFormat } from '../../components/use-format';
import { TableHead } from '../../components/table-head';

/**
 * "Thật hay lừa?" per tổ: rounds, scams caught, real messages wrongly called scams. Counts only; a tổ with fewer than
 * 3 rounds shows "fewer than 3" so a share never points at one person.
 */
export function PracticeTable({ rows }: { rows: CoverageView['practice'] }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const share = (v: number | null) => (v === null ? '—' : `${format.number(v)} %`);
  if (!rows.some((r) => r.rounds !== null || r.suppressed))
    return <p className="hvs-muted">{t('coverage.practiceNone')}</p>;
  return (
    <div className="hvs-table-wrap">
      <table className="hvs-table">
        <TableHead
          cols={[
            t('coverage.area'),
            t('coverage.practiceRounds'),
            t('coverage.practiceCaught'),
            t('coverage.practiceFlagged'),
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.areaId}>
              <th scope="row">{r.name}</th>
              <td>{r.rounds === null ? (r.suppressed ? t('coverage.fewerThan3') : '0') : format.number(r.rounds)}</td>
              <td>{share(r.scamsCaughtPct)}</td>
              <td>{share(r.genuineFlaggedPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
