import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { SourceFile } from '../../src/core/content/check-corpus';

export type YamlSource = SourceFile & { yamlErrors: string[] };

/** Reads a YAML file keeping node positions, so content problems can name a line. */
export async function readYamlSource(file: string, display = file): Promise<YamlSource> {
  return parseYamlSource(await readFile(file, 'utf8'), display);
}

/** Parses YAML text keeping node positions. */
export function parseYamlSource(text: string, display: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const yamlErrors = doc.errors.map((e) => `line ${counter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk as deep as the path exists; an absent key is reported at its parent.
    let node: unknown = doc.contents;
    let best: Node | undefined = doc.contents ?? undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        node = pair.value ?? pair.key;
        if (pair.key && isScalar(pair.key)) best = pair.key as Node;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        best = node as Node;
      } else break;
    }
    const range = (best as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  return { file: display, data: doc.toJS(), lineOf, yamlErrors };
}
