import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkCorpus, type CorpusResult, type Problem } from '../../src/core/content/check-corpus';
import { readYamlSource } from './read-yaml';

export const LESSONS_DIR = path.resolve(import.meta.dirname, '../../lessons');

async function lessonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const track of await readdir(dir, { withFileTypes: true })) {
    if (!track.isDirectory() || track.name === 'faq') continue;
    for (const lesson of await readdir(path.join(dir, track.name), { withFileTypes: true })) {
      if (!lesson.isDirectory()) continue;
      for (const f of await readdir(path.join(dir, track.name, lesson.name))) {
        if (/^lesson\..*\.ya?ml$/.test(f)) out.push(path.join(dir, track.name, lesson.name, f));
      }
    }
  }
  return out.sort();
}

/** Reads program.yaml and every lesson file from disk and checks them as one corpus. */
export async function loadCorpus(dir = LESSONS_DIR): Promise<CorpusResult> {
  const rel = (f: string) => path.relative(path.dirname(dir), f);
  const yamlProblems: Problem[] = [];
  const read = async (f: string) => {
    const src = await readYamlSource(f, rel(f));
    for (const message of src.yamlErrors) yamlProblems.push({ file: src.file, message: `YAML ${message}` });
    return src;
  };
  const program = await read(path.join(dir, 'program.yaml'));
  const lessons = await Promise.all((await lessonFiles(dir)).map(read));
  const result = checkCorpus(program, lessons);
  return { ...result, problems: [...yamlProblems, ...result.problems] };
}
