/**
 * Vietnam keeps UTC+7 all year (no daylight saving). Ward reports, exports and weekly counts think in its calendar
 * days and weeks, wherever the server runs: this is the one place that says so (SQL's hvs_week reads it too).
 */
export const VN_UTC_OFFSET_HOURS = 7;
const OFFSET = `+${String(VN_UTC_OFFSET_HOURS).padStart(2, '0')}:00`;

/** Midnight in Vietnam at the start of a calendar day given as yyyy-mm-dd. */
export const vnDayStart = (day: string) => new Date(`${day}T00:00:00${OFFSET}`);

/** The calendar day in Vietnam of an instant, as a date-only value (midnight UTC of that day). */
export function vnCalendarDay(d: Date): Date {
  const v = new Date(d.getTime() + VN_UTC_OFFSET_HOURS * 3_600_000);
  return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
}
