import type { KeyValueStore } from '../../../platform';

/** What the service does with one event: counted (or refused for good), or try again later. */
export type SendOutcome = 'done' | 'gone' | 'retry';
/** The service's answer; `lessons`: what the link counts (a lesson link its lesson, a track link the track's). */
export type SendResult = { outcome: SendOutcome; lessons?: string[] };
export type SchoolEvent = { token: string; kind: 'open' | 'complete'; lessonId: string };
/** `lessons` once the service has said which lessons the link counts (it answers the open). */
type Link = { token: string; lessonId: string; at: string; lessons?: string[] };
type Saved = { deviceId: string; links: Link[] };

export type SchoolEventsDeps = {
  storage: KeyValueStore;
  send: (event: SchoolEvent, deviceId: string) => Promise<SendResult>;
  newId: () => string;
  now: () => Date;
  /** Whether the parent agreed to the data notice. Without it nothing is kept or sent (see createSchoolEvents). */
  allowed: () => boolean;
};

/** The link's token and a random device id: no name, no Zalo id, nothing that says who the parent is. */
export const LINKS_KEY = 'hvs-school';
/** Present only while events wait, so the app's start can tell cheaply whether there is anything to send. */
export const QUEUE_KEY = 'hvs-school-queue';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const KEEP_LINKS = 5;
const KEEP_DAYS = 120;
const MAX_QUEUE = 50;

function read<T>(kv: KeyValueStore, key: string, fallback: T): T {
  try {
    const raw = kv.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Counts a parent's opens and completions for a school's lesson link. Events wait on the phone like quiz results do,
 * and go when the network allows; a link the service no longer knows is forgotten.
 *
 * Only with consent. An event carries no name, but it does carry a random id kept on this phone, so the same phone's
 * opens can be counted once: that is still data about the parent's device. Sending events stripped of the id would
 * let one phone count many times, and a count the school cannot trust helps no one. So a parent who declined sends
 * nothing, and one who withdraws later has what waits, and the id, removed.
 */
export function createSchoolEvents({ storage, send, newId, now, allowed }: SchoolEventsDeps) {
  const saved = (): Saved => {
    const s = read<Partial<Saved>>(storage, LINKS_KEY, {});
    return {
      deviceId: typeof s.deviceId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(s.deviceId) ? s.deviceId : newId(),
      links: Array.isArray(s.links) ? s.links : [],
    };
  };
  const queue = () => read<SchoolEvent[]>(storage, QUEUE_KEY, []);
  const save = (s: Saved) => storage.setItem(LINKS_KEY, JSON.stringify(s));
  const saveQueue = (q: SchoolEvent[]) =>
    q.length ? storage.setItem(QUEUE_KEY, JSON.stringify(q.slice(-MAX_QUEUE))) : storage.removeItem(QUEUE_KEY);
  const enqueue = (events: SchoolEvent[]) => {
    const q = queue();
    const same = (a: SchoolEvent, b: SchoolEvent) =>
      a.token === b.token && a.kind === b.kind && a.lessonId === b.lessonId;
    saveQueue([...q, ...events.filter((e) => !q.some((x) => same(x, e)))]);
  };
  let flushing: Promise<'idle' | 'retry'> | undefined;

  async function flushOnce(): Promise<'idle' | 'retry'> {
    if (!allowed()) {
      storage.removeItem(QUEUE_KEY);
      storage.removeItem(LINKS_KEY);
      return 'idle';
    }
    const { deviceId } = saved();
    for (;;) {
      const [next] = queue();
      if (!next) return 'idle';
      const { outcome, lessons } = await send(next, deviceId);
      if (outcome === 'retry') return 'retry';
      if (lessons) {
        const s = saved();
        save({ ...s, links: s.links.map((l) => (l.token === next.token ? { ...l, lessons } : l)) });
      }
      const rest = queue().filter(
        (e) => e !== next && !(e.token === next.token && e.kind === next.kind && e.lessonId === next.lessonId),
      );
      if (outcome === 'gone') {
        const s = saved();
        save({ ...s, links: s.links.filter((l) => l.token !== next.token) });
        saveQueue(rest.filter((e) => e.token !== next.token));
      } else saveQueue(rest);
    }
  }

  return {
    /** The app was opened through a school's link: remember it and count the open. */
    opened(token: string, lessonId: string) {
      if (!TOKEN.test(token) || !allowed()) return;
      const s = saved();
      const cutoff = now().getTime() - KEEP_DAYS * 86_400_000;
      const links = [
        { token, lessonId, at: now().toISOString() },
        ...s.links.filter((l) => l.token !== token && Date.parse(l.at) > cutoff),
      ].slice(0, KEEP_LINKS);
      save({ deviceId: s.deviceId, links });
      enqueue([{ token, kind: 'open', lessonId }]);
    },
    /**
     * A quiz was passed: it counts for every remembered link that covers this lesson, as the service said when it
     * counted the open. Before that answer (opened offline) only the lesson the link opened is known to count.
     */
    passed(lessonId: string) {
      if (!allowed()) return;
      const links = saved().links.filter((l) => l.lessonId === lessonId || l.lessons?.includes(lessonId));
      if (links.length) enqueue(links.map((l) => ({ token: l.token, kind: 'complete' as const, lessonId })));
    },
    /** Sends what waits; one run at a time. 'retry' when the network or the service failed. */
    flush(): Promise<'idle' | 'retry'> {
      flushing ??= flushOnce().finally(() => (flushing = undefined));
      return flushing;
    },
    pending: () => queue().length,
  };
}

export type SchoolEvents = ReturnType<typeof createSchoolEvents>;
