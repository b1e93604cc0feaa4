import { z } from 'zod';
import { zodProblems, type Problem, type SourceFile } from './problem';
import { targetSchema } from '../reports/targets';

// A number the bot tells residents to call must be a real one: a landline (0 + area code, 11 digits), a mobile
// (10 digits) or a 1800/1900 line. Placeholders such as "0225 3xxx xxx" fail here instead of reaching a resident.
const phone = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => /^[0-9 .]+$/.test(s) && /^(0\d{9,10}|1[89]00\d{4,6})$/.test(s.replace(/[ .]/g, '')), {
    message:
      'must be a real phone number (0 and 9–10 more digits, or a 1800/1900 line); leave it out until the ward gives one',
  });

/** Written instead of the list while a ward has not given its tổ dân phố / thôn; check:lessons warns about it. */
export const AREAS_TO_FILL_IN = 'to-fill-in';

export const areasFileSchema = z.strictObject({
  wards: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes (e.g. "phu-lien")'),
        name: z.string().min(1),
        team: z.strictObject({ name: z.string().min(1), phone: phone.optional() }).optional(),
        /** Where the ward's UBND sits: the bot sends residents there when the team has no phone. */
        officeAddress: z.string().trim().min(5).optional(),
        /** The ward plan's targets, e.g. { indicator: completed, share: 100, by: 2026-12-31 }: the reports measure against them. */
        targets: z.array(targetSchema).max(12).optional(),
        /** Tổ dân phố (phường) or thôn (xã) in the ward's order, or "to-fill-in" until the ward lists them. */
        areas: z.union([z.array(z.string().trim().min(1)).min(1), z.literal(AREAS_TO_FILL_IN)], {
          error: `list the tổ dân phố / thôn, e.g. [Tổ dân phố 1, Tổ dân phố 2], or write "${AREAS_TO_FILL_IN}" until the ward gives them`,
        }),
      }),
    )
    .min(1),
});

export type AreasFile = z.infer<typeof areasFileSchema>;

/** The wards the ward plans are written for; a deployment may add more, but these must stay. */
export const PLAN_WARDS = [
  { id: 'phu-lien', name: 'Phường Phù Liễn' },
  { id: 'thanh-mien', name: 'Xã Thanh Miện' },
  { id: 'le-dai-hanh', name: 'Phường Lê Đại Hành' },
  { id: 'viet-hoa', name: 'Phường Việt Hòa' },
] as const;

/** Checks the ward configuration: schema, the plan's four wards present, and (as warnings) wards still to fill in. */
export function checkAreas(src: SourceFile): { problems: Problem[]; warnings: Problem[]; areas?: AreasFile } {
  const parsed = areasFileSchema.safeParse(src.data);
  if (!parsed.success) return { problems: zodProblems(src, parsed.error), warnings: [] };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const wards = parsed.data.wards;
  const seen = new Set<string>();
  wards.forEach((w, i) => {
    if (w.id === 'city')
      problems.push({
        file: src.file,
        line: src.lineOf(['wards', i, 'id']),
        message: `wards.${i}.id: "city" is kept for the city's staff; choose another id`,
      });
    if (seen.has(w.id))
      problems.push({
        file: src.file,
        line: src.lineOf(['wards', i, 'id']),
        message: `wards.${i}.id: duplicate ward id "${w.id}"`,
      });
    seen.add(w.id);
    if (w.areas === AREAS_TO_FILL_IN) {
      warnings.push({
        file: src.file,
        line: src.lineOf(['wards', i, 'areas']),
        message: `${w.name}: tổ dân phố / thôn not listed yet (areas: ${AREAS_TO_FILL_IN}); residents pick the whole ward until the ward lists them`,
      });
    }
  });
  for (const plan of PLAN_WARDS) {
    const w = wards.find((x) => x.id === plan.id);
    if (!w)
      problems.push({
        file: src.file,
        message: `ward "${plan.id}" (${plan.name}) is missing: the ward plans are written for it`,
      });
    else if (w.name !== plan.name)
      problems.push({
        file: src.file,
        line: src.lineOf(['wards', wards.indexOf(w), 'name']),
        message: `ward "${plan.id}" must be named "${plan.name}" (is "${w.name}")`,
      });
  }
  return { problems, warnings, areas: parsed.data };
}
