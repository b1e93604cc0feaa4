/**
 * What residents may say they want to learn, without zod: the app's survey form imports this list, so the form's
 * chunk does not carry the schema library. survey.ts builds its schema from this same list.
 */
export const TOPICS = [
  'vneid',
  'public-services',
  'cashless-payments',
  'smart-hai-phong',
  'online-safety',
  'zalo',
  'online-shopping',
  'health-apps',
] as const;
