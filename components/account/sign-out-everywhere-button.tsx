"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, callApi } from "@/lib/api-client";

/** Ends every session of the account, on every device, then this one. */
export function SignOutEverywhereButton() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function signOutEverywhere() {
    setBusy(true);
    setError(undefined);
    try {
      await callApi("/api/account/sessions", { method: "DELETE", fallback: "Could not sign out the other devices. Please try again." });
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof ApiError ? failure.message : "Could not sign out the other devices. Please try again.");
      return;
    }
    await signOut({ callbackUrl: "/sign-in" });
  }

  return (
    <div className="flex flex-col gap-2">
      <Button type="button" variant="secondary" onClick={signOutEverywhere} disabled={busy} className="self-start">
        {busy ? "Signing out…" : "Sign out everywhere"}
      </Button>
      <p role="alert" className="min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}
