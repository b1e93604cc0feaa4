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

/** A file's data checked against its schema; when it does not fit, its problems are added and the answer is undefined. */
export function parseOrReport<T>(schema: z.ZodType<T>, src: SourceFile, problems: Problem[]): T | undefined {
  const parsed = schema.safeParse(src.data);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(src, parsed.error));
  return undefined;
}
