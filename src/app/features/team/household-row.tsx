import { useTranslation } from 'react-i18next';
import type { StaffHouseholdRow } from '../../../core/api/staff-schemas';
import { formatJoinCode } from '../../../core/household/join-code';
import { useFormat } from '../../components/use-format';
import type { LessonOption } from './lesson-option';
import { rowVisitReason } from './visit-reason';

type Props = { row: StaffHouseholdRow; required: LessonOption[]; showArea: boolean; onOpen: () => void };

/** One house on the team's list: code, what it has done (✓ per required lesson), when, the survey, and the visit flag. */
export function HouseholdRow({ row, required, showArea, onOpen }: Props) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const code = formatJoinCode(row.code);
  const visit = rowVisitReason(row);
  return (
    <li>
      <button type="button" className={`hvs-hh-row${row.complete ? ' is-done' : ''}`} onClick={onOpen} data-household={row.code}>
        <span className="hvs-hh-head">
          <strong className="hvs-hh-code">{code}</strong>
          {row.label && <span className="hvs-hh-label">{row.label}</span>}
          {visit && <span className="hvs-badge is-visit">{t('households.needsVisitWhy', { reason: t(`visitReason.${visit}`) })}</span>}
        </span>
        <span className="hvs-hh-lessons" role="img" aria-label={t('households.doneOf', { done: row.doneCount, total: row.total })}>
          <span className="hvs-dots-row" aria-hidden>
            {required.map((l) => (
              <span key={l.id} className={row.lessons[l.id] ? 'is-done' : ''} title={l.title}>
                {row.lessons[l.id] ? '✓' : '○'}
              </span>
            ))}
          </span>
          <span className="hvs-hh-count" aria-hidden>
            {row.doneCount}/{row.total}
          </span>
        </span>
        <span className="hvs-hh-meta">
          {showArea && <span>{row.areaName}</span>}
          <span>{t('households.members', { count: row.members })}</span>
          <span>{row.lastActivity ? t('households.lastActivity', { date: format.date(row.lastActivity) }) : t('households.noActivity')}</span>
          <span className={row.survey ? 'is-yes' : 'is-no'}>{row.survey ? t('households.surveyDone') : t('households.surveyMissing')}</span>
        </span>
      </button>
    </li>
  );
}
