import type { TFunction } from 'i18next';
import type { Lang } from '../../src/core/content/lesson-schema';
import type { Sensitive } from '../../src/core/text/sensitive';
import type { LessonIndex } from '../content/lesson-index';
import type { BotButton, BotReply } from './types';

// The lessons that teach what to do with each kind of secret, most useful first. Titles are read from the lesson
// index, so a renamed lesson is named as it now is, and a removed one is simply not named.
const LESSONS: Record<Sensitive, string[]> = {
  otp: ['fraud-parcel-qr', 'fraud-fake-police'],
  passcode: ['fraud-parcel-qr', 'fraud-fake-police'],
  password: ['account-zalo-lock', 'fraud-fake-police'],
  id_number: ['fraud-fake-police', 'fraud-romance-customs'],
  card_number: ['pay-bank-app', 'fraud-bank-sms'],
  account_number: ['pay-bank-app', 'fraud-safe-account'],
};

/** The guard's reply: what the message seems to hold, never to send it, and the real lessons that teach why. */
export function safetyReply(secrets: Sensitive[], lang: Lang, t: TFunction, lessons: LessonIndex): BotReply {
  const what = secrets.map((s) => t(`sensitive.${s}`)).join(', ');
  const ids = [...new Set(secrets.flatMap((s) => LESSONS[s]))].filter((id) => lessons.lessons.has(id)).slice(0, 2);
  const titles = ids.map((id) => lessons.lessons.get(id)![lang].title);
  const text = titles.length
    ? t('safety', { what, lessons: titles.map((x) => `"${x}"`).join(t('and')) })
    : t('safetyNoLesson', { what });
  const buttons: BotButton[] = ids.map((id, i) => ({
    kind: 'lesson',
    lessonId: id,
    title: t('learnMore', { title: titles[i] }),
  }));
  return { kind: 'safety', text, buttons, matched: false, confidence: 0, suggestions: [], lessonId: ids[0] };
}
