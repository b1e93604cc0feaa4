import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswers } from '../../../core/survey/survey';
import { FormSubmit } from '../../components/form-submit';
import {
  answersOf,
  DEVICE_KEYS,
  draftOf,
  TOPICS,
  SERVICE_KEYS,
  unanswered,
  type Draft,
  type Topic,
  type YesNoKey,
} from './survey-draft';
import { YesNo } from './yes-no';
import { TextField } from '../../components/text-field';

type Props = {
  initial?: SurveyAnswers | null;
  submitLabel: string;
  onSubmit: (answers: SurveyAnswers) => Promise<string | undefined>;
};

const LEVELS = [0, 1, 2] as const;

/**
 * The household digital-skills survey: a few yes/no questions, the VNeID level, and what the household wants to
 * learn. Filled by a resident in the app or by the team on a visit; nothing is sent until every question is answered.
 */
export function SurveyForm({ initial, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('survey');
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const missing = tried ? new Set(unanswered(draft)) : new Set<string>();

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggleTopic = (topic: Topic) =>
    set({ topics: draft.topics.includes(topic) ? draft.topics.filter((x) => x !== topic) : [...draft.topics, topic] });
  const yesNo = (k: YesNoKey) => (
    <YesNo
      key={k}
      id={k}
      question={t(`q.${k}`)}
      value={draft[k]}
      missing={missing.has(k)}
      onChange={(v) => set({ [k]: v })}
    />
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(undefined);
    const answers = answersOf(draft);
    if (!answers || busy) return;
    setBusy(true);
    setError(await onSubmit(answers));
    setBusy(false);
  };

  const left = unanswered(draft).length;
  return (
    <form className="hvs-survey" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="hvs-card hvs-survey-part">
        <legend className="hvs-h2">{t('devices')}</legend>
        {DEVICE_KEYS.map(yesNo)}
      </fieldset>
      <fieldset className="hvs-card hvs-survey-part">
        <legend className="hvs-h2">{t('uses')}</legend>
        {yesNo('zalo')}
        <div className={`hvs-question-row${missing.has('vneidLevel') ? ' is-missing' : ''}`} data-question="vneidLevel">
          <span className="hvs-question-text" id="q-vneid">
            {t('q.vneidLevel')}
          </span>
          <div className="hvs-levels" role="group" aria-labelledby="q-vneid">
            {LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                aria-pressed={draft.vneidLevel === level}
                onClick={() => set({ vneidLevel: level })}
              >
                <strong>{t(`vneid.${level}`)}</strong>
                <span>{t(`vneid.${level}Hint`)}</span>
              </button>
            ))}
          </div>
          {missing.has('vneidLevel') && <p className="hvs-field-error">{t('missingOne')}</p>}
        </div>
        {SERVICE_KEYS.map(yesNo)}
      </fieldset>
      <fieldset className="hvs-card hvs-survey-part">
        <legend className="hvs-h2">{t('learn')}</legend>
        <p className="hvs-muted">{t('learnHint')}</p>
        <div className="hvs-topic-chips">
          {TOPICS.map((topic) => (
            <button
              key={topic}
              type="button"
              className="hvs-topic-chip"
              aria-pressed={draft.topics.includes(topic)}
              onClick={() => toggleTopic(topic)}
            >
              {draft.topics.includes(topic) && <span aria-hidden>✓ </span>}
              {t(`topic.${topic}`)}
            </button>
          ))}
        </div>
        <TextField
          id="survey-other"
          label={t('other')}
          value={draft.other}
          maxLength={200}
          placeholder={t('otherPlaceholder')}
          onChange={(other) => set({ other })}
        />
        <p className="hvs-muted">{t('otherPrivacy')}</p>
      </fieldset>
      {tried && left > 0 && (
        <p className="hvs-field-error" role="alert">
          {t('missing', { count: left })}
        </p>
      )}
      <FormSubmit disabled={busy} error={error} wide>
        {submitLabel}
      </FormSubmit>
    </form>
  );
}
