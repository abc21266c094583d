import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { undoGrade } from "@/lib/study/reviews";
import { undoSchema } from "@/lib/validations/review";

export const POST = withRoute({ body: undoSchema, maxBodyBytes: 1024 }, async ({ user, body }) =>
  NextResponse.json(await undoGrade(user, body.requestId)),
);
