import { createHash } from 'node:crypto';
import type { FaqEntry } from '../../../src/core/content/faq-schema';
import { LANGS, type Lang } from '../../../src/core/content/lesson-schema';

/** Tag every published FAQ file carries, so search and clean-up never touch the bot's other files. */
export const FAQ_SOURCE = 'hvs-faq';

export type FaqFile = {
  key: string;
  lang: Lang;
  topic: FaqEntry['topic'];
  markdown: string;
  contentHash: string;
  faqIds: string[];
};

const TOPICS: Record<FaqEntry['topic'], Record<Lang, string>> = {
  vneid: { vi: 'VNeID', en: 'VNeID' },
  'smart-hp': { vi: 'Smart Hải Phòng', en: 'Smart Hải Phòng' },
  fraud: { vi: 'Lừa đảo trên mạng', en: 'Online fraud' },
  app: { vi: 'Ứng dụng Học vụ số', en: 'The Học vụ số app' },
  movement: { vi: 'Phong trào Bình dân học vụ số', en: 'The Bình dân học vụ số movement' },
  'public-services': { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  payments: { vi: 'Thanh toán không dùng tiền mặt', en: 'Paying without cash' },
  'account-safety': { vi: 'Giữ an toàn tài khoản', en: 'Keeping your accounts safe' },
};

/** Labels that open each line of an entry; `answer` is also how an answer is found again inside a search passage. */
export const LABELS: Record<Lang, { title: string; question: string; phrasings: string; answer: string }> = {
  vi: { title: 'Hỏi đáp', question: 'Hỏi', phrasings: 'Cách hỏi khác', answer: 'Đáp' },
  en: { title: 'FAQ', question: 'Question', phrasings: 'Other ways to ask', answer: 'Answer' },
};

/** The stable key of a topic's file: publishing again replaces the file instead of adding one. */
export const faqFileKey = (lang: Lang, topic: string) => `${FAQ_SOURCE}/${lang}/${topic}.md`;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function renderEntry(entry: FaqEntry, lang: Lang): string {
  const side = entry[lang];
  const l = LABELS[lang];
  // Question, phrasings and answer form one paragraph, so the indexer keeps them in one passage and a match on
  // how residents phrase a question brings its answer along.
  return [
    `## ${oneLine(side.question)}`,
    '',
    `**${l.question}:** ${oneLine(side.question)}`,
    `**${l.phrasings}:** ${side.phrasings.map(oneLine).join('; ')}`,
    `**${l.answer}:** ${oneLine(side.answer)}`,
  ].join('\n');
}

/** One Markdown file per topic and language, entries in FAQ order. */
export function renderFaqFiles(entries: readonly FaqEntry[]): FaqFile[] {
  const files: FaqFile[] = [];
  const topics = [...new Set(entries.map((e) => e.topic))];
  for (const lang of LANGS) {
    for (const topic of topics) {
      const mine = entries.filter((e) => e.topic === topic);
      const markdown =
        [`# ${LABELS[lang].title}: ${TOPICS[topic][lang]}`, ...mine.map((e) => renderEntry(e, lang))].join('\n\n') +
        '\n';
      const contentHash = createHash('sha256').update(markdown).digest('hex').slice(0, 32);
      files.push({ key: faqFileKey(lang, topic), lang, topic, markdown, contentHash, faqIds: mine.map((e) => e.id) });
    }
  }
  return files;
}
