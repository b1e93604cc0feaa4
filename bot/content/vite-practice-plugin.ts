import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { practiceItemSchema, type PracticeItem } from '../../src/core/practice/practice-schema';
import { LESSONS_DIR } from './load-corpus';
import { readYamlSource } from './read-yaml';

const ITEMS = 'virtual:practice-items';

/** Where the items are read from; PRACTICE_DIR points elsewhere (the test fixtures) for screenshots and tests. */
export const practiceDir = () => (process.env.PRACTICE_DIR ? path.resolve(process.env.PRACTICE_DIR) : path.join(LESSONS_DIR, 'practice'));

/** Reads and checks every item in `dir` (the e2e tests read them the same way to know each item's answer). */
export async function readPracticeItems(dir = practiceDir()): Promise<{ items: PracticeItem[]; problems: string[] }> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
  const items: PracticeItem[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const src = await readYamlSource(path.join(dir, f), f);
    const parsed = practiceItemSchema.safeParse(src.data);
    if (parsed.success) items.push(parsed.data);
    else problems.push(...src.yamlErrors, ...parsed.error.issues.map((i) => `${f}:${src.lineOf(i.path) ?? ''}  ${i.path.join('.')}: ${i.message}`));
  }
  return { items, problems };
}

/**
 * Ships the "Thật hay lừa?" items as one module that only the practice screen imports, so they travel in its lazily
 * loaded chunk and never in the first download; once that chunk is in, the practice needs no network.
 */
export function practicePlugin(): Plugin {
  return {
    name: 'hvs-practice',
    resolveId: (id) => (id === ITEMS ? `\0${ITEMS}` : null),
    async load(id) {
      if (id !== `\0${ITEMS}`) return null;
      const dir = practiceDir();
      this.addWatchFile(dir);
      const { items, problems } = await readPracticeItems(dir);
      if (problems.length) this.error(`practice items have problems:\n${problems.join('\n')}`);
      return `export default ${JSON.stringify(items)};`;
    },
  };
}
