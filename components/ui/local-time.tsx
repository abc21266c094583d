"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** A date in the reader's own time zone; the server's render (UTC) is replaced once in the browser. */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }),
    () => `${iso.slice(0, 16).replace("T", " ")} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
