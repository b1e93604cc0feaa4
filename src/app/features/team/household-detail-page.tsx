import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistedBody, AssistedResult, StaffHouseholdDetail, SurveyView } from '../../../core/api/staff-schemas';
import { formatJoinCode } from '../../../core/household/join-code';
import type { ApiResult } from '../../api/http';
import { Fetched } from '../../components/load-state';
import { useFormat } from '../../components/use-format';
import { AssistedForm } from './assisted-form';
import { HistoryList } from './history-list';
import type { LessonOption } from './lesson-option';
import { detailVisitReasons } from './visit-reason';
import { Section } from '../../components/section';
import { Button } from '../../components/button';

type Props = {
  load: () => Promise<ApiResult<StaffHouseholdDetail>>;
  lessons: LessonOption[];
  newId: () => string;
  /** `household`: what the team calls it, for the waiting panel should the result have to wait on the phone. */
  record: (body: AssistedBody, household: string) => Promise<ApiResult<AssistedResult | { status: 'queued' }>>;
  /** The survey's answers, drawn by the survey feature (the route composes the two, and knows what waits on the phone). */
  renderSurvey: (survey: SurveyView | null) => ReactNode;
  onSurvey: () => void;
  onRecorded: (lessonTitle: string, queued: boolean) => void;
  /** The team's work waiting on this phone, above the household. */
  waiting?: ReactNode;
};

/** One household for the team: who lives there, what they have done, the survey, and recording a visit's result. */
export function HouseholdDetailPage({ load, ...rest }: Props) {
  return <Fetched load={load}>{(detail, reload) => <Detail detail={detail} reload={reload} {...rest} />}</Fetched>;
}

function Detail({
  detail,
  reload,
  lessons,
  newId,
  record,
  renderSurvey,
  onSurvey,
  onRecorded,
  waiting,
}: Omit<Props, 'load'> & { detail: StaffHouseholdDetail; reload: () => void }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const titleOf = (id: string) => lessons.find((l) => l.id === id)?.title ?? id;
  const { household: h } = detail;
  const names = new Map(detail.members.map((m) => [m.id, m.displayName]));
  const done = detail.lessons.filter((l) => l.done).length;

  return (
    <div className="hvs-detail">
      {waiting}
      <div className="hvs-detail-head">
        <h1 className="hvs-h1">
          <span aria-hidden>🏠</span> {h.label ?? t('detail.unnamed', { code: formatJoinCode(h.code) })}
        </h1>
        <p className="hvs-body">
          <strong className="hvs-hh-code" data-testid="detail-code">
            {formatJoinCode(h.code)}
          </strong>{' '}
          · {h.areaName}, {h.wardName}
        </p>
        {detail.needsVisit && (
          <p className="hvs-visit-why">
            <span className="hvs-badge is-visit">{t('households.needsVisit')}</span>{' '}
            {detailVisitReasons(detail)
              .map((r) => t(`visitReason.${r}`))
              .join(', ')}
          </p>
        )}
      </div>
      <div className="hvs-detail-grid">
        <div>
          <Section id="detail-lessons" title={t('detail.lessons', { done, total: detail.lessons.length })} card={false}>
            <ul className="hvs-list">
              {detail.lessons.map((l) => (
                <li
                  key={l.lessonId}
                  className={`hvs-list-row${l.done ? ' is-done' : ''}`}
                  data-detail-lesson={l.lessonId}
                  data-done={l.done}
                >
                  <span className="hvs-status-icon" aria-hidden>
                    {l.done ? '✓' : '○'}
                  </span>
                  <span className="hvs-list-main">
                    <strong>{titleOf(l.lessonId)}</strong>
                    <span className="hvs-muted">
                      {l.done
                        ? t('detail.doneBy', {
                            names:
                              l.doneBy.map((id) => names.get(id) ?? t('detail.formerMember')).join(', ') ||
                              t('detail.wholeHousehold'),
                            date: l.firstDoneAt ? format.date(l.firstDoneAt) : '',
                          })
                        : t('detail.notDone')}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        </div>
        <div>
          <Section id="detail-members" title={t('detail.members', { count: detail.members.length })} card={false}>
            {detail.members.length ? (
              <ul className="hvs-plain-list">
                {detail.members.map((m) => (
                  <li key={m.id} data-member-consent={m.consent}>
                    <strong>{m.displayName}</strong> · {m.role === 'head' ? t('detail.head') : t('detail.member')}
                    <br />
                    <span className={m.consent === 'given' ? 'hvs-muted' : 'hvs-field-error'}>
                      {m.consent === 'given' ? `✓ ${t('detail.consentGiven')}` : `⚠ ${t('detail.consentWithdrawn')}`}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hvs-body">{t('detail.noMembers')}</p>
            )}
          </Section>
          <Section id="detail-survey" title={t('detail.survey')} card={false}>
            {renderSurvey(detail.survey)}
            <Button kind="secondary" className="hvs-wide" onClick={onSurvey}>
              📝 {detail.survey ? t('detail.editSurvey') : t('detail.doSurvey')}
            </Button>
          </Section>
          <Section id="detail-history" title={t('detail.history')} card={false}>
            <HistoryList history={detail.history} titleOf={titleOf} />
          </Section>
        </div>
      </div>
      {/* After the facts, with nothing chosen for the team member: a pass is recorded only when someone says so. */}
      <AssistedForm
        detail={detail}
        lessons={lessons}
        newId={newId}
        record={(body) => record(body, h.label ?? formatJoinCode(h.code))}
        onRecorded={(lessonId, queued) => {
          onRecorded(titleOf(lessonId), queued);
          if (!queued) reload();
        }}
      />
    </div>
  );
}
