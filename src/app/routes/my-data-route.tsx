import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import type { LessonMeta } from '../../core/content/catalog';
import { isDone } from '../../core/progress/progress';
import { Busy } from '../components/load-state';
import { useAccountStrings } from '../components/use-account-strings';
import { useFormat } from '../components/use-format';
import { useNotice } from '../components/use-notice';
import { catalog, findLesson } from '../content/lessons';
import { MyDataPage } from '../features/my-data/my-data-page';
import { forgetPractice, hasPracticeMemory } from '../features/practice/practice-memory';
import { useApi, useAppState, usePlatform } from '../store/store-context';

/** /my-data: composes the my-data feature with the API, the platform's file saving and the store. */
export function MyDataRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const api = useApi();
  const platform = usePlatform();
  const done = useNotice();
  const lang = useAppState((s) => s.settings.lang);
  const consentGiven = useAppState((s) => s.consent.decision === 'given');
  const progress = useAppState((s) => s.progress);
  const outbox = useAppState((s) => s.outbox);
  const decideConsent = useAppState((s) => s.decideConsent);
  const forgetServerData = useAppState((s) => s.forgetServerData);
  const format = useFormat();
  const stringsReady = useAccountStrings();

  if (!stringsReady) return <Busy />;
  return (
    <MyDataPage
      consentGiven={consentGiven}
      localDone={catalog.lessons.filter((l: LessonMeta) => isDone(progress, l.id)).length}
      // Lessons, not attempts: two tries at one lesson are one lesson waiting.
      pending={new Set(outbox.items.map((i) => i.lessonId)).size}
      // The practice keeps its memory under its own keys, outside the store: read each time the screen draws.
      practice={{ remembered: hasPracticeMemory(platform.storage), pending: outbox.rounds.length }}
      notes={outbox.notes}
      titleOf={(id) => findLesson(id)?.title[lang] ?? id}
      formatDate={format.date}
      onGiveConsent={() => navigate('/consent')}
      onWithdrawLocal={() => {
        decideConsent(false, true);
        done(t('myData.withdrawn'));
      }}
      onExport={async () => {
        const r = await api.exportMine();
        if (!r.ok) return { error: r.error.code };
        const text = JSON.stringify(r.value, null, 2);
        const saved = await platform.saveText('hoc-vu-so-du-lieu-cua-toi.json', text, 'application/json');
        if (saved === 'saved') done(t('myData.downloaded'));
        return saved === 'saved' ? {} : { text };
      }}
      onWithdraw={async () => {
        const r = await api.setConsent(false);
        if (!r.ok) return r.error.code;
        decideConsent(false, true);
        done(t('myData.withdrawn'));
        return undefined;
      }}
      onDelete={async () => {
        const r = await api.deleteMine();
        if (!r.ok) return r.error.code;
        // Before the store changes, so the screen it redraws no longer mentions the practice. The store forgets the
        // account and the resident's queue (practice rounds included); the team's queued visits stay.
        forgetPractice(platform.storage);
        forgetServerData();
        done(t('myData.deleted'));
        return undefined;
      }}
    />
  );
}
