import { DEMO_PASSWORD, demoAccountsEnabled } from "@/lib/config";

export function DemoNotice() {
  if (!demoAccountsEnabled()) return null;
  return (
    <p className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-950" role="note">
      Demo mode: sign in as student@example.com or teacher@example.com with password “{DEMO_PASSWORD}”.
    </p>
  );
}
