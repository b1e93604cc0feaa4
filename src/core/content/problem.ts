import type { z } from 'zod';

/** A parsed content file, with a way to find the line of any value inside it. */
export type SourceFile = {
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

/** Something an author must fix (or, as a warning, should look at); file and line point at it. */
export type Problem = { file: string; line?: number; message: string };

/** Turns zod issues into problems that name the file, the line and the key. */
export function zodProblems(src: SourceFile, error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const where = path.length ? path.join('.') : '(top level)';
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    return { file: src.file, line: src.lineOf(path), message: `${where}: ${issue.message}${keys}` };
  });
}
