import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolLinkBody } from '../../../core/api/staff-schemas';
import { FormSubmit } from '../../components/form-submit';
import { InputField } from '../../components/input-field';
import { OptionList } from '../../components/select-field';
import { FormCard } from '../../components/form-card';

export type Choice = { id: string; title: string };

type Props = { lessons: Choice[]; tracks: Choice[]; onCreate: (body: SchoolLinkBody) => Promise<string | undefined> };

/** A link for one class: one lesson, a whole track or the practice round, and the class label parents will not see. */
export function LinkForm({ lessons, tracks, onCreate }: Props) {
  const { t } = useTranslation('staff');
  const [what, setWhat] = useState<'lesson' | 'track' | 'practice'>('lesson');
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  const [trackId, setTrackId] = useState(tracks[0]?.id ?? '');
  const [classLabel, setClassLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const label = classLabel.trim();
    setMissing(!label);
    setError(undefined);
    if (!label) return;
    setBusy(true);
    const target = { lesson: { lessonId }, track: { trackId }, practice: { practice: true as const } }[what];
    setError(await onCreate({ ...target, classLabel: label }));
    setBusy(false);
  };

  return (
    <FormCard titleId="link-form-title" title={t('school.create')} onSubmit={(e) => void submit(e)}>
      <div className="hvs-segmented" role="group" aria-label={t('school.what')}>
        <button type="button" aria-pressed={what === 'lesson'} onClick={() => setWhat('lesson')}>
          {t('school.oneLesson')}
        </button>
        <button type="button" aria-pressed={what === 'track'} onClick={() => setWhat('track')}>
          {t('school.wholeTrack')}
        </button>
        <button type="button" aria-pressed={what === 'practice'} onClick={() => setWhat('practice')}>
          {t('school.practice')}
        </button>
      </div>
      {what === 'practice' && (
        <div className="hvs-school-practice" data-testid="practice-target">
          <p className="hvs-body">
            <span aria-hidden>🕵️</span> <strong>{t('school.practiceTitle')}</strong>
          </p>
          <p className="hvs-muted">{t('school.practiceAbout')}</p>
        </div>
      )}
      <div className="hvs-control-row">
        {what !== 'practice' && (
          <label className="hvs-field">
            <span className="hvs-label">{what === 'lesson' ? t('school.lesson') : t('school.track')}</span>
            {what === 'lesson' ? (
              <select className="hvs-input" value={lessonId} onChange={(e) => setLessonId(e.target.value)}>
                <OptionList items={lessons} />
              </select>
            ) : (
              <select className="hvs-input" value={trackId} onChange={(e) => setTrackId(e.target.value)}>
                <OptionList items={tracks} />
              </select>
            )}
          </label>
        )}
        <InputField
          small
          label={t('school.class')}
          value={classLabel}
          maxLength={20}
          placeholder="5A"
          onChange={setClassLabel}
          aria-invalid={missing}
        />
      </div>
      <FormSubmit disabled={busy} problem={missing && t('school.classNeeded')} error={error}>
        {t('school.submit')}
      </FormSubmit>
    </FormCard>
  );
}
