import { cookies } from "next/headers";
import { cache } from "react";
import { knownTimeZone, serverTimeZone, TIME_ZONE_COOKIE } from "@/lib/time-zone";

/**
 * The time zone the learner's browser reported, or the server's while it has not. Cached per
 * render: the root layout and the page both ask.
 */
export const learnerTimeZone = cache(async (): Promise<string> => {
  return knownTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value) ?? serverTimeZone();
});
