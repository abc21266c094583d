import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { checkPractice } from "@/lib/study/practice";
import { practiceCheckSchema } from "@/lib/validations/practice";

export const POST = withRoute({ body: practiceCheckSchema, maxBodyBytes: 4096 }, async ({ user, body }) =>
  NextResponse.json(await checkPractice(user, body)),
);
