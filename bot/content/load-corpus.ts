import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AdviceLibrary } from '../../src/core/content/advice-schema';
import { checkCorpus, type CorpusResult, type Problem } from '../../src/core/content/check-corpus';
import { checkAdvice } from '../../src/core/content/resolve-advice';
import { readYamlSource, type YamlSource } from './read-yaml';

export const LESSONS_DIR = path.resolve(import.meta.dirname, '../../lessons');

// Folders under lessons/ that hold something other than a track of lessons.
const NOT_TRACKS = new Set(['faq', 'advice', 'practice']);

async function lessonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const track of await readdir(dir, { withFileTypes: true })) {
    if (!track.isDirectory() || NOT_TRACKS.has(track.name)) continue;
    for (const lesson of await readdir(path.join(dir, track.name), { withFileTypes: true })) {
      if (!lesson.isDirectory()) continue;
      for (const f of await readdir(path.join(dir, track.name, lesson.name))) {
        if (/^lesson\..*\.ya?ml$/.test(f)) out.push(path.join(dir, track.name, lesson.name, f));
      }
    }
  }
  return out.sort();
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads YAML files with display paths relative to the repository, collecting YAML syntax errors as problems. */
function reader(dir: string, yamlProblems: Problem[]) {
  const rel = (f: string) => path.relative(path.dirname(dir), f);
  return async (f: string): Promise<YamlSource> => {
    const src = await readYamlSource(f, rel(f));
    for (const message of src.yamlErrors) yamlProblems.push({ file: src.file, message: `YAML ${message}` });
    return src;
  };
}

/** Reads and checks the shared advice (lessons/advice/*.yaml) that cards and FAQ answers may reference. */
export async function loadAdvice(dir = LESSONS_DIR): Promise<{ problems: Problem[]; library: AdviceLibrary }> {
  const yamlProblems: Problem[] = [];
  const srcs = await Promise.all((await yamlFilesIn(path.join(dir, 'advice'))).map(reader(dir, yamlProblems)));
  const { problems, library } = checkAdvice(srcs);
  return { problems: [...yamlProblems, ...problems], library };
}

/** Reads program.yaml, the shared advice and every lesson from disk and checks them as one corpus (advice resolved). */
export async function loadCorpus(dir = LESSONS_DIR): Promise<CorpusResult & { advice: AdviceLibrary }> {
  const yamlProblems: Problem[] = [];
  const read = reader(dir, yamlProblems);
  const advice = await loadAdvice(dir);
  const program = await read(path.join(dir, 'program.yaml'));
  const lessons = await Promise.all((await lessonFiles(dir)).map(read));
  const result = checkCorpus(program, lessons, advice.library);
  return { ...result, advice: advice.library, problems: [...yamlProblems, ...advice.problems, ...result.problems] };
}

/** The concept layer's file, beside the FAQ it helps to match (not a FAQ file itself). */
export const CONCEPTS_FILE = 'concepts.yaml';

/** Reads and checks every FAQ file; the caller gives the lesson ids and advice they may reference. */
export async function faqSources(dir = LESSONS_DIR): Promise<YamlSource[]> {
  const files = (await yamlFilesIn(path.join(dir, 'faq'))).filter((f) => path.basename(f) !== CONCEPTS_FILE);
  return Promise.all(files.map((f) => readYamlSource(f, path.relative(path.dirname(dir), f))));
}

/** Reads lessons/faq/concepts.yaml as a source for checkConcepts. */
export const conceptSource = (dir = LESSONS_DIR): Promise<YamlSource> =>
  readYamlSource(
    path.join(dir, 'faq', CONCEPTS_FILE),
    path.relative(path.dirname(dir), path.join(dir, 'faq', CONCEPTS_FILE)),
  );
