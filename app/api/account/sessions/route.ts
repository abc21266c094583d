import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { revokeAllSessions } from "@/lib/auth/sessions";

// "Sign out everywhere": every session of the account ends, on every device and server.
export const DELETE = withRoute({}, async ({ user }) => {
  await revokeAllSessions(user.id);
  return NextResponse.json({ ok: true });
});
