"use client";

import { useEffect } from "react";

const RENEW_EVERY_MS = 60 * 60 * 1000;
const LAST_RENEWED = "session-renewed-at";

/**
 * Sessions slide: asking next-auth for the session re-issues the cookie for another full idle
 * lifetime (and refuses a revoked one). Done at most hourly per tab, on the pages of a signed-in user.
 * A plain fetch rather than next-auth's getSession, which reports a request cut short by leaving the
 * page to the server's log as an error.
 */
export function SessionRenewal() {
  useEffect(() => {
    const last = Number(sessionStorage.getItem(LAST_RENEWED) ?? 0);
    if (Date.now() - last < RENEW_EVERY_MS) return;
    sessionStorage.setItem(LAST_RENEWED, String(Date.now()));
    void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
  }, []);
  return null;
}
