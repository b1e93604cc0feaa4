import path from 'node:path';
import type { Plugin } from 'vite';
import { playable } from '../../src/core/practice/practice-round';
import { LESSONS_DIR } from './load-corpus';
import { loadPractice, PRACTICE_FOLDER } from './load-practice';

const ITEMS = 'virtual:practice-items';

/**
 * Ships the "Thật hay lừa?" items as one module that only the practice screen imports, so they travel in its lazily
 * loaded chunk and never in the first download; once that chunk is in, the practice needs no network. Items that fail
 * their checks (or a pool out of balance) fail the build with the checker's messages.
 */
export function practicePlugin(): Plugin {
  return {
    name: 'hvs-practice',
    resolveId: (id) => (id === ITEMS ? `\0${ITEMS}` : null),
    async load(id) {
      if (id !== `\0${ITEMS}`) return null;
      this.addWatchFile(path.join(LESSONS_DIR, PRACTICE_FOLDER));
      const { problems, pool, items } = await loadPractice();
      const all = [...problems, ...pool];
      if (all.length)
        this.error(
          `practice items have problems (run npm run check:lessons):\n${all.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`).join('\n')}`,
        );
      // Sources and check dates are for authors and reviewers; the phone gets what it draws.
      return `export default ${JSON.stringify(items.map(playable))};`;
    },
  };
}
