import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { faqFileSchema, type FaqEntry } from '../../src/core/content/faq-schema';
import { LESSONS_DIR } from '../content/load-corpus';

/** Reads and validates every FAQ file in lessons/faq. */
export async function loadFaq(dir = path.join(LESSONS_DIR, 'faq')): Promise<FaqEntry[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  const out: FaqEntry[] = [];
  for (const f of files) out.push(...faqFileSchema.parse(parse(await readFile(path.join(dir, f), 'utf8'))).entries);
  return out;
}
