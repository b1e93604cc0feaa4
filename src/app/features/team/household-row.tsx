import { useTranslation } from 'react-i18next';
import type { StaffHouseholdRow } from '../../../core/api/staff-schemas';
import { formatJoinCode } from '../../../core/household/join-code';
import { useFormat } from '../../components/use-format';
import type { LessonOption } from './lesson-option';
import { rowVisitReason } from './visit-reason';

/** `onOpen` is absent for ward staff: a household's names are for the team of its tổ dân phố only. */
type Props = { row: StaffHouseholdRow; required: LessonOption[]; showArea: boolean; onOpen?: () => void };

/** One house on the team's list: code, what it has done (✓ per required lesson), when, the survey, and the visit flag. */
export function HouseholdRow({ row, required, showArea, onOpen }: Props) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const code = formatJoinCode(row.code);
  const visit = rowVisitReason(row);
  return (
    <li>
      <Row className={`hvs-hh-row${row.complete ? ' is-done' : ''}`} onOpen={onOpen} household={row.code}>
        <span className="hvs-hh-head">
          <strong className="hvs-hh-code">{code}</strong>
          {row.label && <span className="hvs-hh-label">{row.label}</span>}
          {visit && (
            <span className="hvs-badge is-visit">
              {t('households.needsVisitWhy', { reason: t(`visitReason.${visit}`) })}
            </span>
          )}
        </span>
        <span
          className="hvs-hh-lessons"
          role="img"
          aria-label={t('households.doneOf', { done: row.doneCount, total: row.total })}
        >
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
          <span>
            {row.lastActivity
              ? t('households.lastActivity', { date: format.date(row.lastActivity) })
              : t('households.noActivity')}
          </span>
          <span className={row.survey ? 'is-yes' : 'is-no'}>
            {row.survey ? t('households.surveyDone') : t('households.surveyMissing')}
          </span>
        </span>
      </Row>
    </li>
  );
}

/** A button that opens the household, or the same layout as plain text where it opens nothing. */
function Row({
  className,
  onOpen,
  household,
  children,
}: {
  className: string;
  onOpen?: () => void;
  household: string;
  children: React.ReactNode;
}) {
  if (!onOpen) {
    return (
      <div className={`${className} is-static`} data-household={household}>
        {children}
      </div>
    );
  }
  return (
    <button type="button" className={className} onClick={onOpen} data-household={household}>
      {children}
    </button>
  );
}
