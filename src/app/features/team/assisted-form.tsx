import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistedBody, AssistedResult, StaffHouseholdDetail } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { FormSubmit } from '../../components/form-submit';
import { NumberField } from '../../components/input-field';
import type { LessonOption } from './lesson-option';
import { OptionList } from '../../components/select-field';
import { FormCard } from '../../components/form-card';

type Props = {
  detail: StaffHouseholdDetail;
  lessons: LessonOption[];
  newId: () => string;
  /** `queued`: no signal, so the result waits on the phone (the route decides; the form only says so). */
  record: (body: AssistedBody) => Promise<ApiResult<AssistedResult | { status: 'queued' }>>;
  onRecorded: (lessonId: string, queued: boolean) => void;
};

/**
 * "Ghi nhận học cùng tổ công nghệ số": the team member sat with the resident through a lesson and its quiz. The id
 * is made on this device and kept until something in the form changes, so a double tap or a retry after a lost
 * answer records the result once.
 */
export function AssistedForm({ detail, lessons, newId, record, onRecorded }: Props) {
  const { t } = useTranslation('staff');
  // Nothing is chosen for the team member: a slip of the finger must not record a pass nobody saw.
  const [lessonId, setLessonId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [passed, setPassed] = useState<boolean | undefined>();
  const [score, setScore] = useState('');
  const [id, setId] = useState(newId);
  const [problem, setProblem] = useState<{ lesson: boolean; result: boolean; score: boolean }>({
    lesson: false,
    result: false,
    score: false,
  });
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => setId(newId()), [lessonId, memberId, passed, score, newId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pct = Number(score);
    const found = {
      lesson: !lessonId,
      result: passed === undefined,
      score: score.trim() === '' || !Number.isFinite(pct) || pct < 0 || pct > 100,
    };
    setProblem(found);
    setError(undefined);
    if (found.lesson || found.result || found.score || passed === undefined || busy) return;
    setBusy(true);
    const r = await record({
      id,
      lessonId,
      score: pct / 100,
      passed,
      completedAt: new Date().toISOString(),
      ...(memberId ? { memberId } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    setId(newId());
    onRecorded(lessonId, r.value.status === 'queued');
  };

  const required = lessons.filter((l) => l.required);
  const others = lessons.filter((l) => !l.required);
  return (
    <FormCard
      className="hvs-section hvs-assisted"
      titleId="assisted-title"
      title={
        <>
          <span aria-hidden>🤝</span> {t('assisted.title')}
        </>
      }
      hint={t('assisted.hint')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <div className="hvs-control-row">
        <label className="hvs-field hvs-field-full">
          <span className="hvs-label">{t('assisted.lesson')}</span>
          <select
            className="hvs-input"
            value={lessonId}
            onChange={(e) => setLessonId(e.target.value)}
            aria-invalid={problem.lesson}
          >
            <option value="" disabled>
              {t('assisted.chooseLesson')}
            </option>
            <optgroup label={t('assisted.required')}>
              <OptionList items={required} />
            </optgroup>
            <optgroup label={t('assisted.other')}>
              <OptionList items={others} />
            </optgroup>
          </select>
        </label>
        <label className="hvs-field">
          <span className="hvs-label">{t('assisted.member')}</span>
          <select className="hvs-input" value={memberId} onChange={(e) => setMemberId(e.target.value)}>
            <option value="">{t('assisted.wholeHousehold')}</option>
            {detail.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem.lesson && <p className="hvs-field-error">{t('assisted.lessonMissing')}</p>}
      <div className="hvs-control-row">
        <div className="hvs-field">
          <span className="hvs-label" id="assisted-result">
            {t('assisted.result')}
          </span>
          <div className="hvs-segmented" role="group" aria-labelledby="assisted-result">
            <button type="button" aria-pressed={passed === true} onClick={() => setPassed(true)}>
              ✓ {t('assisted.passed')}
            </button>
            <button type="button" aria-pressed={passed === false} onClick={() => setPassed(false)}>
              {t('assisted.failed')}
            </button>
          </div>
        </div>
        <NumberField
          label={t('assisted.score')}
          min={0}
          max={100}
          value={score}
          onChange={setScore}
          aria-invalid={problem.score}
        />
      </div>
      {problem.result && <p className="hvs-field-error">{t('assisted.resultMissing')}</p>}
      <FormSubmit disabled={busy} problem={problem.score && t('assisted.scoreRange')} error={error}>
        {t('assisted.submit')}
      </FormSubmit>
    </FormCard>
  );
}
