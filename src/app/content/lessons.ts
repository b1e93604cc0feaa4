import { useEffect, useState } from 'react';
import { catalog, loaders } from 'virtual:lesson-catalog';
import type { Catalog, LessonBody, LessonMeta } from '../../core/content/catalog';

export { catalog };

export const findLesson = (id: string): LessonMeta | undefined => catalog.lessons.find((l: LessonMeta) => l.id === id);

export type LessonLoad =
  { state: 'loading' } | { state: 'ready'; body: LessonBody } | { state: 'failed' } | { state: 'missing' };

/** Loads one lesson's cards and quiz (its own chunk). A failed download can be retried. */
export function useLessonBody(id: string, source: Pick<Catalog, 'lessons'> = catalog): [LessonLoad, () => void] {
  const [load, setLoad] = useState<LessonLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const loader = source.lessons.some((l) => l.id === id) ? loaders[id] : undefined;
    if (!loader) {
      setLoad({ state: 'missing' });
      return;
    }
    let live = true;
    setLoad({ state: 'loading' });
    loader().then(
      (m) => live && setLoad({ state: 'ready', body: m.default }),
      () => live && setLoad({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt, source]);
  return [load, () => setAttempt((a) => a + 1)];
}
