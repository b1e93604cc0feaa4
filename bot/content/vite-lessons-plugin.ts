import type { Plugin } from 'vite';
import { buildCatalog } from '../../src/core/content/catalog';
import { LESSONS_DIR, loadCorpus } from './load-corpus';

const CATALOG = 'virtual:lesson-catalog';
const BODY = 'virtual:lesson-body/';

/**
 * Ships lessons with the app build: a small catalog in the first bundle and one chunk per lesson body,
 * so the first screen does not download every lesson. Invalid content fails the build with the checker's messages.
 */
export function lessonsPlugin(): Plugin {
  return {
    name: 'hvs-lessons',
    resolveId(id) {
      if (id === CATALOG || id.startsWith(BODY)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:lesson')) return null;
      this.addWatchFile(LESSONS_DIR);
      const { problems, program, lessons } = await loadCorpus();
      if (problems.length || !program) {
        const list = problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`).join('\n');
        this.error(`lesson content has problems (run npm run check:lessons):\n${list}`);
      }
      if (id === `\0${CATALOG}`) {
        const catalog = buildCatalog(program, lessons);
        const loaders = catalog.lessons.map(
          (l) => `${JSON.stringify(l.id)}: () => import(${JSON.stringify(BODY + l.id)})`,
        );
        return `export const catalog = ${JSON.stringify(catalog)};\nexport const loaders = {${loaders.join(',\n')}};`;
      }
      const lessonId = id.slice(`\0${BODY}`.length);
      const body = Object.fromEntries(lessons.filter((l) => l.id === lessonId).map((l) => [l.lang, l]));
      return `export default ${JSON.stringify(body)};`;
    },
  };
}
