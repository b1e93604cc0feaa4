import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import { AppLink } from '../../components/app-link';
import type { Catalog } from '../../../core/content/catalog';
import { formatJoinCode } from '../../../core/household/join-code';
import { lessonOrder } from '../../../core/content/catalog';
import { PRACTICE_TRACK } from '../../../core/practice/practice-track';
import { isDone, nextLesson, type Progress } from '../../../core/progress/progress';
import { LessonTile } from './lesson-tile';
import { ProgramLink } from './program-link';
import { Chevron } from '../../components/tile-parts';

type Props = {
  catalog: Catalog;
  progress: Progress;
  lang: 'vi' | 'en';
  /** The household's join code when the resident is in one. */
  householdCode?: string;
  /** Whether results have reached the household (rendered by the shell, which knows the outbox). */
  syncStatus?: ReactNode;
  onOpenNational: () => void;
};

/**
 * The learning program. Learning comes first: a "Học tiếp" card opens the next lesson in one tap, above the household
 * and the assistant; then the tracks, each lesson with its length and whether it is done. Every way onward is a real
 * link, so the copy of this page prerendered into index.html works before the app's script has arrived.
 */
export function ProgramPage({ catalog, progress, lang, householdCode, syncStatus, onOpenNational }: Props) {
  const { t } = useTranslation();
  const done = catalog.lessons.filter((l) => isDone(progress, l.id)).length;
  const nextId = nextLesson(lessonOrder(catalog), progress);
  const next = catalog.lessons.find((l) => l.id === nextId);
  const started = Object.keys(progress.lessons).length > 0;
  return (
    <Page className="hvs-page">
      <AppHeader title={t('app.title')} showBackIcon={false} />
      <main className="hvs-main">
        <div className="hvs-hero">
          <h1 className="hvs-h1">{t('program.heading')}</h1>
          <p className="hvs-muted">{t('app.tagline')}</p>
          <p className="hvs-progress-line" data-testid="overall-progress">
            {t('program.progress', { done, total: catalog.lessons.length })}
          </p>
          <div className="hvs-bar" aria-hidden>
            <div style={{ width: `${(100 * done) / Math.max(1, catalog.lessons.length)}%` }} />
          </div>
          {next && (
            <AppLink to={`/lesson/${next.id}`} className="hvs-continue" testId="continue-lesson">
              <span className="hvs-tile-icon" aria-hidden>
                {next.icon}
              </span>
              <span className="hvs-tile-text">
                <span className="hvs-continue-title">
                  {t(started ? 'program.continue' : 'program.begin', { title: next.title[lang] })}
                </span>
                <span className="hvs-continue-meta">
                  {t('program.continueHint', { minutes: t('program.minutes', { count: next.minutes }) })}
                </span>
              </span>
              <Chevron />
            </AppLink>
          )}
          <ProgramLink
            icon="🏠"
            title={t('program.household')}
            meta={
              householdCode
                ? t('program.householdJoined', { code: formatJoinCode(householdCode) })
                : t('program.householdHint')
            }
            to="/household"
            testId="open-household"
          />
          <ProgramLink
            icon="💬"
            title={t('program.askBot')}
            meta={t('program.askBotHint')}
            to="/chat"
            testId="open-chat"
          />
          {syncStatus}
          <AppLink to="/settings" className="hvs-link-button">
            <span aria-hidden>⚙️</span> {t('program.settings')}
          </AppLink>
        </div>
        {catalog.program.tracks.map((track) => (
          <section key={track.id} className="hvs-track" aria-labelledby={`track-${track.id}`}>
            <h2 id={`track-${track.id}`} className="hvs-h2">
              <span aria-hidden>{track.icon}</span> {track.title[lang]}
            </h2>
            <p className="hvs-muted">
              {track.description[lang]} · {t('program.lessonCount', { count: track.lessons.length })}
            </p>
            {track.id === PRACTICE_TRACK && (
              <ProgramLink
                icon="🕵️"
                title={t('program.practice')}
                meta={t('program.practiceHint')}
                to="/practice"
                testId="open-practice"
              />
            )}
            <ul className="hvs-tiles">
              {catalog.lessons
                .filter((l) => l.track === track.id)
                .map((l) => (
                  <li key={l.id}>
                    <LessonTile lesson={l} lang={lang} progress={progress.lessons[l.id]} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <a
          href={catalog.program.nationalPlatformUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="hvs-national"
          onClick={(e) => {
            e.preventDefault();
            onOpenNational();
          }}
        >
          <strong>{t('program.national')}</strong>
          <span>{t('program.nationalHint')}</span>
        </a>
      </main>
    </Page>
  );
}
