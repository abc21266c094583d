"use client";

import { useEffect, useState } from "react";

function format(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The time left on a timed attempt; tells the runner once when it reaches zero. The server enforces the limit regardless. */
export function Countdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => Date.now());
  const left = end - now;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (left <= 0) onExpire();
  }, [left <= 0]); // eslint-disable-line react-hooks/exhaustive-deps

  const warning = left <= 60_000 ? "One minute left." : left <= 5 * 60_000 ? "Five minutes left." : "";
  return (
    <div className={`rounded-md border px-3 py-2 font-semibold ${left <= 60_000 ? "border-red-700 text-red-800" : "border-slate-300 text-slate-900"}`}>
      <span>Time left: </span>
      <span role="timer" aria-label="Time left">
        {format(left)}
      </span>
      <span className="sr-only" aria-live="assertive">
        {warning}
      </span>
    </div>
  );
}
