import { cookies } from "next/headers";
import { knownTimeZone, serverTimeZone, TIME_ZONE_COOKIE } from "@/lib/time-zone";

/** The time zone the learner's browser reported, or the server's while it has not. */
export async function learnerTimeZone(): Promise<string> {
  return knownTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value) ?? serverTimeZone();
}
