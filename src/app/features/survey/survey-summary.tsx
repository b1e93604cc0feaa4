import { useTranslation } from 'react-i18next';
import type { SurveyView } from '../../../core/api/staff-schemas';
import { useFormat } from '../../components/use-format';
import { DEVICE_KEYS, SERVICE_KEYS } from './survey-draft';

/** A household's survey answers at a glance, for the team's household page. Green where the household is fine. */
export function SurveySummary({ survey }: { survey: SurveyView | null }) {
  const { t } = useTranslation('survey');
  const format = useFormat();
  if (!survey) return <p className="hvs-body">{t('summary.none')}</p>;
  const { devices, uses, wantsToLearn } = survey.answers;
  const yes = (v: boolean) => (v ? t('yes') : t('no'));
  const rows = [
    ...DEVICE_KEYS.map((k) => ({ k, v: yes(devices[k]), good: devices[k] })),
    { k: 'zalo', v: yes(uses.zalo), good: uses.zalo },
    { k: 'vneidLevel', v: t(`vneid.${uses.vneidLevel}`), good: uses.vneidLevel === 2 },
    ...SERVICE_KEYS.map((k) => ({ k, v: yes(uses[k]), good: uses[k] })),
  ];
  const topics = wantsToLearn.topics.map((x) => t(`topic.${x}`));
  if (wantsToLearn.other) topics.push(`“${wantsToLearn.other}”`);
  return (
    <div className="hvs-survey-summary" data-testid="survey-summary">
      <dl className="hvs-answer-grid">
        {rows.map((r) => (
          <div key={r.k} className={r.good ? 'is-yes' : 'is-no'}>
            <dt>{t(`short.${r.k}`)}</dt>
            <dd>{r.v}</dd>
          </div>
        ))}
      </dl>
      <p className="hvs-body">
        <strong>{t('summary.wants')}</strong> {topics.length ? topics.join(', ') : t('summary.nothing')}
      </p>
      <p className="hvs-muted">
        {t(survey.filledBy === 'team' ? 'summary.byTeam' : 'summary.byResident', {
          date: format.date(survey.updatedAt),
        })}
      </p>
    </div>
  );
}
