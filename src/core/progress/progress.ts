/** What one device remembers about one lesson. */
export type LessonProgress = {
  /** Card the resident was on when they left; resuming returns here. */
  card: number;
  /** Best first-try score so far, 0..1; absent until the quiz is finished once. */
  bestScore?: number;
  passedAt?: string;
  attempts: number;
};

export type Progress = { version: 1; lessons: Record<string, LessonProgress> };

export const emptyProgress = (): Progress => ({ version: 1, lessons: {} });

const get = (p: Progress, id: string): LessonProgress => p.lessons[id] ?? { card: 0, attempts: 0 };
const put = (p: Progress, id: string, lp: LessonProgress): Progress => ({ ...p, lessons: { ...p.lessons, [id]: lp } });

/** Remembers the card being read, so a half-read lesson resumes where it was left. */
export const rememberCard = (p: Progress, id: string, card: number): Progress =>
  put(p, id, { ...get(p, id), card: Math.max(0, card) });

/** Records a finished quiz. A pass is never undone by a later, worse retake. */
export function recordQuiz(p: Progress, id: string, score: number, passed: boolean, at: Date): Progress {
  const prev = get(p, id);
  return put(p, id, {
    ...prev,
    card: 0,
    attempts: prev.attempts + 1,
    bestScore: Math.max(prev.bestScore ?? 0, score),
    passedAt: prev.passedAt ?? (passed ? at.toISOString() : undefined),
  });
}

export const isDone = (p: Progress, id: string) => Boolean(p.lessons[id]?.passedAt);

/** The lesson to suggest after `current`: the next unfinished one in program order, wrapping around. */
export function nextLesson(order: readonly string[], p: Progress, current?: string): string | undefined {
  const start = current ? order.indexOf(current) + 1 : 0;
  for (let i = 0; i < order.length; i++) {
    const id = order[(start + i) % order.length];
    if (id !== current && !isDone(p, id)) return id;
  }
  return undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads saved progress defensively: anything malformed is dropped, so a corrupt save means a fresh start, not a crash. */
export function parseProgress(raw: unknown): Progress {
  if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.lessons)) return emptyProgress();
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, v] of Object.entries(raw.lessons)) {
    if (!isRecord(v)) continue;
    const card = typeof v.card === 'number' && Number.isInteger(v.card) && v.card >= 0 ? v.card : 0;
    const attempts = typeof v.attempts === 'number' && v.attempts >= 0 ? Math.floor(v.attempts) : 0;
    const bestScore = typeof v.bestScore === 'number' && v.bestScore >= 0 && v.bestScore <= 1 ? v.bestScore : undefined;
    const passedAt = typeof v.passedAt === 'string' && !Number.isNaN(Date.parse(v.passedAt)) ? v.passedAt : undefined;
    lessons[id] = { card, attempts, bestScore, passedAt };
  }
  return { version: 1, lessons };
}
