"use client";

import { getSession } from "next-auth/react";
import { useEffect } from "react";

const RENEW_EVERY_MS = 60 * 60 * 1000;
const LAST_RENEWED = "session-renewed-at";

/**
 * Sessions slide: asking next-auth for the session re-issues the cookie for another full idle
 * lifetime (and refuses a revoked one). Done at most hourly per tab, on the pages of a signed-in user.
 */
export function SessionRenewal() {
  useEffect(() => {
    const last = Number(sessionStorage.getItem(LAST_RENEWED) ?? 0);
    if (Date.now() - last < RENEW_EVERY_MS) return;
    sessionStorage.setItem(LAST_RENEWED, String(Date.now()));
    void getSession();
  }, []);
  return null;
}
