import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { regenerateJoinCode } from "@/lib/teaching/classes";

/** Issues the class a new join code; the old one stops working. */
export const POST = withRoute({ role: "TEACHER" }, async ({ user, params }) =>
  NextResponse.json(await regenerateJoinCode(user, params.classId)),
);
