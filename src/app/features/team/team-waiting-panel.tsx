import { useTranslation } from 'react-i18next';
import { dismissTeamNote, teamWaiting, type TeamNote } from '../../../core/sync/team-outbox';
import { errorKey } from '../../api/error-key';
import { useFormat } from '../../components/use-format';
import { useOnline } from '../../components/use-online';
import { useAppState, useAppStore } from '../../store/store-context';
import { Button } from '../../components/button';

/**
 * What the team made on this phone that the service does not have yet, in plain words, with a way to send it now;
 * and what the service would not take, until someone has read it. Nothing shows when nothing waits.
 */
export function TeamWaitingPanel() {
  const { t } = useTranslation('staff');
  const store = useAppStore();
  const online = useOnline();
  // The counts are worked out here: a selector returning a new object each time would re-render without end.
  const outbox = useAppState((s) => s.outbox);
  const { surveys, results } = teamWaiting(outbox);
  const notes = outbox.teamNotes;
  if (!surveys && !results && !notes.length) return null;
  const what = [
    surveys ? t('waiting.surveys', { count: surveys }) : '',
    results ? t('waiting.results', { count: results }) : '',
  ]
    .filter(Boolean)
    .join(t('waiting.and'));
  return (
    <div className="hvs-team-waiting" data-testid="team-waiting">
      {what && (
        <div className="hvs-sync is-pending" role="status">
          <strong>{t('waiting.text', { what })}</strong>
          {!online && <span>{t('waiting.offline')}</span>}
          <Button kind="secondary" onClick={() => store.getState().nudgeSync()}>
            {t('waiting.sendNow')}
          </Button>
        </div>
      )}
      {notes.map((n) => (
        <NoteRow key={n.id} note={n} onDismiss={() => store.getState().updateOutbox((o) => dismissTeamNote(o, n.id))} />
      ))}
    </div>
  );
}

function NoteRow({ note, onDismiss }: { note: TeamNote; onDismiss: () => void }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const vars = { household: note.household, date: format.date(note.at) };
  const text =
    note.code === 'stale'
      ? t('waiting.noteStale', vars)
      : t(note.kind === 'survey' ? 'waiting.noteSurvey' : 'waiting.noteAssisted', {
          ...vars,
          reason: tc(errorKey(note.code)),
        });
  return (
    <div className="hvs-sync is-note" role={note.code === 'stale' ? 'status' : 'alert'} data-team-note={note.code}>
      <strong>{text}</strong>
      <Button kind="secondary" onClick={onDismiss}>
        {t('waiting.dismiss')}
      </Button>
    </div>
  );
}
