import type { Concept } from '../content/concept-schema';
import { CONCEPT_PREFIX, type ConceptMatcher } from './concepts';
import { contentWords } from './faq-terms';

/**
 * Words that ask rather than say what about: "làm sao", "ở đâu", "được không", "how do I". Every entry could answer
 * them, so they never decide whether an entry covers a question.
 */
const ASKING = new Set(
  (
    'khong ko k kg dc duoc gi j dau nao sao the nhu ntn can muon phai nen biet giup ai bao gio cach kieu gio ve lai ' +
    'co chua hay hon khac nhau thi ma neu dung cu lam roi tu cung van con tren trong ngoai ' +
    // Fillers of residents' stories: time, emphasis, hesitation ("hôm nay", "trót", "hoài", "chút", "ấy", "z").
    'ay chut z ti chac hom qua nay mai hoai luon lo trot nhien oi toan vua ca ' +
    // English function words: the FAQ's English side is matched the same way.
    'how what where when why which who whom does did do dont can cant could should would will shall must may might ' +
    'have has had i im me my mine you your we our us they them their he she him her it its is are was were be been ' +
    'the a an of for with from into about to in on at by as if or and but not no yes please there here this that ' +
    'these those so up out just still already again then than get got any some all say says said told tell someone ' +
    'man woman guy dad mum mom his hers'
  ).split(' '),
);

/** One FAQ entry's own wording, in one language: question, phrasings and answer, as the matcher sees them. */
export type EntryText = { faqId: string; texts: string[] };

/** What part of a question an entry covers: the share, and the words it leaves unexplained (for tests and logs). */
export type Coverage = { share: number; missing: string[] };

/**
 * Does an entry really cover a question, or does it only share the topic's words with it? The question's salient
 * words — content words minus politeness, asking words and words most entries use (the topic's own vocabulary) — and
 * the concepts it names are looked up in everything the entry says (question, phrasings, answer). Each is weighted by
 * how few entries use it, so "Smart OTP" next to "what is an OTP" leaves "smart" unexplained, and a word no entry
 * uses at all ("khai sinh") counts as something we know nothing about, at `unknownWeight` of the rarest word.
 * A word a concept already explains (its term matched) counts through the concept, not on its own.
 */
export function createCoverage(
  entries: readonly EntryText[],
  concepts?: ConceptMatcher,
  opts: { commonShare?: number; unknownWeight?: number; conceptBoost?: number } = {},
) {
  const commonShare = opts.commonShare ?? 0.12;
  const unknownWeight = opts.unknownWeight ?? 0.5;
  const conceptBoost = opts.conceptBoost ?? 1.5;
  const units = (text: string): Set<string> => {
    const found = concepts ? concepts.findWithWords(text) : { concepts: [] as Concept[], words: new Set<string>() };
    const out = new Set<string>();
    for (const w of contentWords(text)) if (!found.words.has(w)) out.add(w);
    // Only concepts that point at a topic: "phone", "install", "money" are every topic's words.
    for (const c of found.concepts) if (c.topics?.length) out.add(CONCEPT_PREFIX + c.id);
    return out;
  };
  const vocab = new Map<string, Set<string>>();
  for (const e of entries) {
    const v = new Set<string>();
    for (const t of e.texts) {
      for (const u of units(t)) v.add(u);
      for (const w of contentWords(t)) v.add(w);
    }
    vocab.set(e.faqId, v);
  }
  const df = new Map<string, number>();
  for (const v of vocab.values()) for (const u of v) df.set(u, (df.get(u) ?? 0) + 1);
  const n = Math.max(1, vocab.size);
  const maxIdf = Math.log(1 + n);
  // A concept the question names and the entry never mentions (a bank next to a VNeID entry) is the surest sign that
  // the entry is about something else: it weighs `conceptBoost` times a word.
  const weight = (u: string) =>
    (df.has(u) ? Math.log(1 + n / df.get(u)!) : unknownWeight * maxIdf) *
    (u.startsWith(CONCEPT_PREFIX) ? conceptBoost : 1);
  const salient = (u: string) =>
    !ASKING.has(u) && (u.startsWith(CONCEPT_PREFIX) || (df.get(u) ?? 0) / n <= commonShare) && !/^\d+$/.test(u);

  return {
    /** The question's salient units (what coverage is computed over), each with its weight. */
    salient(question: string): { unit: string; weight: number }[] {
      return [...units(question)].filter(salient).map((unit) => ({ unit, weight: weight(unit) }));
    },
    /** How much of the question's salient meaning one entry covers; 1 when the question has nothing salient. */
    of(faqId: string, question: string | { unit: string; weight: number }[]): Coverage {
      const ws = typeof question === 'string' ? this.salient(question) : question;
      const v = vocab.get(faqId);
      const total = ws.reduce((s, w) => s + w.weight, 0);
      if (!v || !total) return { share: v ? 1 : 0, missing: [] };
      const missing = ws.filter((w) => !v.has(w.unit));
      return { share: 1 - missing.reduce((s, w) => s + w.weight, 0) / total, missing: missing.map((w) => w.unit) };
    },
  };
}

export type CoverageIndex = ReturnType<typeof createCoverage>;
