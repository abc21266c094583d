"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/time-zone";

function storedZone(): string | undefined {
  const entry = document.cookie.split("; ").find((cookie) => cookie.startsWith(`${TIME_ZONE_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(TIME_ZONE_COOKIE.length + 1)) : undefined;
}

/**
 * Tells the server the browser's time zone, so "today", the streak and the daily new-card limit
 * turn over at the learner's midnight. When this page was counted in another zone before the
 * cookie existed, it is fetched again once, with the cookie.
 */
export function TimeZoneCookie({ countedIn }: { countedIn: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || storedZone() === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    // Only when the cookie is new (a first visit, or the learner travelled) and was stored: the
    // server may name the same zone differently, and a browser that refuses cookies must not loop.
    if (zone !== countedIn && storedZone() === zone) router.refresh();
  }, [countedIn, router]);
  return null;
}
