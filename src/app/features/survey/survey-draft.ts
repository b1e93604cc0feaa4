import type { SurveyAnswers } from '../../../core/survey/survey';
import { TOPICS } from '../../../core/survey/topics';

export type Topic = (typeof TOPICS)[number];
export const DEVICE_KEYS = ['smartphone', 'computer', 'internet'] as const;
/** Asked after Zalo and the VNeID level. */
export const SERVICE_KEYS = ['onlinePublicServices', 'cashlessPayments', 'smartHaiPhong'] as const;
export type YesNoKey = (typeof DEVICE_KEYS)[number] | 'zalo' | (typeof SERVICE_KEYS)[number];
export { TOPICS };

/** The form while it is being filled: a question not yet answered is undefined, never a silent "no". */
export type Draft = Partial<Record<YesNoKey, boolean>> & { vneidLevel?: 0 | 1 | 2; topics: Topic[]; other: string };

export const emptyDraft: Draft = { topics: [], other: '' };

export function draftOf(a: SurveyAnswers | null | undefined): Draft {
  if (!a) return emptyDraft;
  return { ...a.devices, ...a.uses, topics: [...a.wantsToLearn.topics], other: a.wantsToLearn.other ?? '' };
}

/** The questions still without an answer, in the order they are asked. */
export const unanswered = (d: Draft): (YesNoKey | 'vneidLevel')[] =>
  [...DEVICE_KEYS, 'zalo' as const, 'vneidLevel' as const, ...SERVICE_KEYS].filter((k) => d[k] === undefined);

/** The answers as the service takes them, or null while anything is unanswered. */
export function answersOf(d: Draft): SurveyAnswers | null {
  if (unanswered(d).length) return null;
  const other = d.other.trim();
  return {
    devices: { smartphone: d.smartphone!, computer: d.computer!, internet: d.internet! },
    uses: {
      zalo: d.zalo!,
      vneidLevel: d.vneidLevel!,
      onlinePublicServices: d.onlinePublicServices!,
      cashlessPayments: d.cashlessPayments!,
      smartHaiPhong: d.smartHaiPhong!,
    },
    wantsToLearn: { topics: d.topics, ...(other ? { other } : {}) },
  };
}
