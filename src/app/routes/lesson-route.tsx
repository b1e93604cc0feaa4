import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Page, useNavigate, useParams, useSearchParams } from 'zmp-ui';
import { AppHeader, focusHeading } from '../components/app-header';
import { SyncBadge } from '../components/sync-badge';
import { useNotice } from '../components/use-notice';
import { lessonOrder } from '../../core/content/catalog';
import { PRACTICE_TRACK } from '../../core/practice/practice-track';
import { nextLesson } from '../../core/progress/progress';
import type { QuizResult } from '../../core/quiz/grade-quiz';
import { catalog, findLesson, useLessonBody } from '../content/lessons';
import { LessonCards } from '../features/lessons/lesson-cards';
import { useSchoolEvents } from '../features/school/use-school-events';
import { NotFoundPage } from '../features/lessons/not-found';
import { QuizIntro } from '../features/quiz/quiz-intro';
import { QuizResultView } from '../features/quiz/quiz-result';
import { QuizView } from '../features/quiz/quiz-view';
import { useAppState, usePlatform } from '../store/store-context';
import { Busy } from '../components/load-state';
import { Button } from '../components/button';

type Phase =
  | { kind: 'cards' }
  | { kind: 'intro' }
  | { kind: 'quiz'; round: number }
  | { kind: 'result'; result: Extract<QuizResult, { kind: 'graded' }> };

/** A school's link is one lesson or a whole track: a pass counts for a link opened at any lesson of the same track. */

/** Keyed by lesson id so moving to the next lesson starts fresh instead of reusing the last one's phase. */
export function LessonRoute() {
  const { id = '' } = useParams();
  return <LessonScreen key={id} id={id} />;
}

/** A lesson from first card to result: composes the lessons and quiz features around the store. */
function LessonScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const platform = usePlatform();
  const notice = useNotice();
  const lang = useAppState((s) => s.settings.lang);
  const progress = useAppState((s) => s.progress);
  const remember = useAppState((s) => s.rememberCard);
  const record = useAppState((s) => s.recordQuiz);
  const [load, retry] = useLessonBody(id);
  const [phase, setPhase] = useState<Phase>({ kind: 'cards' });
  const meta = findLesson(id);
  // Back returns where the lesson was opened from (the household's list, the chat); a link opened cold goes home.
  const { key: entry } = useLocation();
  const back = () => (entry !== 'default' ? navigate(-1) : navigate('/', { replace: true, animate: false }));
  // Cards, quiz and result are screens of their own to the resident: each opens at its top, focus on its heading.
  const main = useRef<HTMLElement>(null);
  const firstPhase = useRef(true);
  useEffect(() => {
    if (firstPhase.current) {
      firstPhase.current = false;
      return;
    }
    const page = main.current?.closest('.zaui-page');
    // Again on the next frame: a smooth scroll to the last answer's feedback may still be running.
    const toTop = () => page?.scrollTo({ top: 0, behavior: 'instant' });
    toTop();
    const frame = requestAnimationFrame(toTop);
    const heading = main.current?.querySelector<HTMLElement>('h2');
    if (heading) focusHeading(heading);
    return () => cancelAnimationFrame(frame);
  }, [phase]);
  // Opened through a school's lesson link (?src=…): the open and a passed quiz count for that link, anonymously.
  const [params] = useSearchParams();
  const src = params.get('src');
  // Without consent nothing is counted for the school (see school-events.ts for why not even anonymously).
  const consentGiven = useAppState((s) => s.consent.decision === 'given');
  const school = useSchoolEvents(platform.storage, consentGiven);
  useEffect(() => {
    if (src && meta) school.opened(src, id);
  }, [src, id, meta, school]);

  // A link can name the card to open at (/lesson/<id>?card=<card id>): "Học lại" from the practice does. Once only,
  // when the cards arrive; after that the resident's own Back / Next decide.
  const cardParam = params.get('card');
  const lessonCards = load.state === 'ready' ? load.body[lang].cards : undefined;
  const linkedCard = useRef(false);
  useEffect(() => {
    if (!lessonCards || !cardParam || linkedCard.current) return;
    linkedCard.current = true;
    const at = lessonCards.findIndex((c) => c.id === cardParam);
    if (at >= 0) remember(id, at);
  }, [lessonCards, cardParam, id, remember]);

  if (load.state === 'missing' || !meta) return <NotFoundPage />;

  const share = async () => {
    const outcome = await platform.share({
      path: `/lesson/${id}`,
      title: meta.title[lang],
      description: t('lesson.shareDescription', { summary: meta.summary[lang] }),
    });
    if (outcome === 'cancelled') return;
    const text = { shared: t('lesson.shared'), copied: t('lesson.copied'), failed: t('lesson.shareFailed') }[outcome];
    notice(text, outcome === 'failed' ? 'error' : 'success', { keep: outcome === 'copied' });
  };

  const nextId = nextLesson(lessonOrder(catalog), progress, id);
  const next = nextId ? findLesson(nextId) : undefined;
  const lesson = load.state === 'ready' ? load.body[lang] : undefined;

  return (
    <Page className="hvs-page">
      <AppHeader title={t('app.title')} onBackClick={back} />
      <main className="hvs-main" ref={main}>
        <h1 className="hvs-h1">
          <span aria-hidden>{meta.icon}</span> {meta.title[lang]}
        </h1>
        {phase.kind === 'cards' && (
          <div className="hvs-lesson-head">
            <span className="hvs-muted">{t('program.minutes', { count: meta.minutes })}</span>
            <button type="button" className="hvs-link-button" onClick={() => void share()}>
              ↗ {t('lesson.share')}
            </button>
          </div>
        )}
        {load.state === 'loading' && (
          <Busy>
            <p>{t('lesson.loading')}</p>
          </Busy>
        )}
        {load.state === 'failed' && (
          <div className="hvs-center" role="alert">
            <p className="hvs-body">{t('lesson.loadFailed')}</p>
            <Button kind="primary" onClick={retry}>
              {t('lesson.retry')}
            </Button>
          </div>
        )}
        {lesson && phase.kind === 'cards' && (
          <LessonCards
            lesson={lesson}
            index={progress.lessons[id]?.card ?? 0}
            onIndex={(i) => remember(id, i)}
            onStartQuiz={() => setPhase({ kind: 'intro' })}
          />
        )}
        {lesson && phase.kind === 'intro' && (
          <QuizIntro
            questionCount={lesson.quiz.length}
            onStart={() => setPhase({ kind: 'quiz', round: 1 })}
            onBack={() => setPhase({ kind: 'cards' })}
          />
        )}
        {lesson && phase.kind === 'quiz' && (
          <QuizView
            key={phase.round}
            questions={lesson.quiz}
            onFinish={(result) => {
              record(id, result.score, result.passed);
              if (result.passed) school.passed(id);
              setPhase({ kind: 'result', result });
            }}
          />
        )}
        {lesson && phase.kind === 'result' && (
          <QuizResultView
            result={phase.result}
            cards={lesson.cards}
            questions={lesson.quiz}
            status={<SyncBadge invite />}
            next={next && { title: next.title[lang], open: () => navigate(`/lesson/${next.id}`, { replace: true }) }}
            onRetake={() => setPhase({ kind: 'quiz', round: Date.now() })}
            onOpenCard={(cardId) => {
              remember(
                id,
                Math.max(
                  0,
                  lesson.cards.findIndex((c) => c.id === cardId),
                ),
              );
              setPhase({ kind: 'cards' });
            }}
            onHome={() => navigate('/', { replace: true })}
            onAskBot={() => navigate('/chat')}
            onPractice={meta.track === PRACTICE_TRACK ? () => navigate('/practice') : undefined}
          />
        )}
      </main>
    </Page>
  );
}
