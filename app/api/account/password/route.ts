import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { changePassword } from "@/lib/auth/sessions";
import { changePasswordSchema } from "@/lib/validations/account";

// A new password ends every session of the account, this one included: the form signs in again.
export const POST = withRoute({ body: changePasswordSchema, maxBodyBytes: 4096 }, async ({ user, body }) => {
  const outcome = await changePassword(user, body.currentPassword, body.newPassword);
  if (outcome === "wrong-password") {
    const message = "Your current password is not right.";
    return NextResponse.json({ error: message, fieldErrors: { currentPassword: [message] } }, { status: 422 });
  }
  return NextResponse.json({ ok: true });
});
