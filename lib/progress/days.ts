import { TZDate } from "@date-fns/tz";
import { addDays as addCalendarDays, format, startOfDay as startOfCalendarDay } from "date-fns";

// Calendar days in the learner's time zone (an IANA name such as "America/Chicago", sent by the
// browser): "today", the streak and the daily new-card limit all turn over at the learner's
// midnight, not the server's. Results are plain Dates, so they compare and store as any other.

/** The moment the calendar day of `date` began in `timeZone`. */
export function startOfDay(date: Date, timeZone: string): Date {
  return new Date(startOfCalendarDay(new TZDate(date, timeZone)).getTime());
}

/** The same wall-clock time `days` calendar days later in `timeZone` (days are 23 or 25 hours across DST). */
export function addDays(date: Date, days: number, timeZone: string): Date {
  return new Date(addCalendarDays(new TZDate(date, timeZone), days).getTime());
}

/** "2026-03-07": a stable key for the calendar day a moment falls on in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), "yyyy-MM-dd");
}

/** "Mar 7": the calendar day a moment falls on in `timeZone`, for chart labels. */
export function dayLabel(date: Date, timeZone: string): string {
  return date.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone });
}
