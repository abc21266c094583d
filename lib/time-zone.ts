// Which time zone "today" is counted in. The browser reports its own zone in a cookie
// (components/time-zone-cookie.tsx); until it has, the server's zone stands in.

export const TIME_ZONE_COOKIE = "tz";

/** The zone the server runs in. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone's canonical name when it is one this runtime knows ("America/Chicago"), else null. */
export function knownTimeZone(name: string | undefined | null): string | null {
  if (!name || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
