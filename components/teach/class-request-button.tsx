"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, callApi } from "@/lib/api-client";

type Props = { url: string; method: "POST" | "PUT"; label: string; confirmText: string; accessibleName?: string; failure: string };

/** A class-page action that asks first, sends one request and re-renders the page. */
export function ClassRequestButton({ url, method, label, confirmText, accessibleName, failure }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send() {
    if (!window.confirm(confirmText)) return;
    setBusy(true);
    setError(undefined);
    try {
      await callApi(url, { method, fallback: failure });
    } catch (refusal) {
      setError(refusal instanceof ApiError ? refusal.message : failure);
      return;
    } finally {
      setBusy(false);
    }
    router.refresh();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={send} disabled={busy} aria-label={accessibleName}>
        {label}
      </Button>
      <span role="alert" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}
