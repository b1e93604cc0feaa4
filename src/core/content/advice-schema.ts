import { z } from 'zod';
import { id, sourcesSchema, text } from './fields';

const adviceSide = z.strictObject({ title: text, body: text });

/** One piece of advice written once (lessons/advice/<id>.yaml) and reused by lesson cards and FAQ answers. */
export const adviceSchema = z.strictObject({
  id,
  vi: adviceSide,
  en: adviceSide,
  sources: sourcesSchema,
});

export type Advice = z.infer<typeof adviceSchema>;
export type AdviceLibrary = ReadonlyMap<string, Advice>;
