import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { fixQuestion, retireQuestion } from "@/lib/teaching/item-fix";
import { questionFixSchema } from "@/lib/validations/item-fix";

// PATCH fixes a published question's wording or key and regrades its answers; DELETE retires it
// (out of future quizzes, past answers kept).

export const PATCH = withRoute({ role: "TEACHER", body: questionFixSchema, maxBodyBytes: 16 * 1024 }, async ({ user, body, params }) => {
  const result = await fixQuestion(user, params.setId, params.itemId, body);
  return NextResponse.json(result);
});

export const DELETE = withRoute({ role: "TEACHER" }, async ({ user, params }) => {
  await retireQuestion(user, params.setId, params.itemId);
  return new NextResponse(null, { status: 204 });
});
