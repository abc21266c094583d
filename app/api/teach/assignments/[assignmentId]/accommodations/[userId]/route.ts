import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { setAccommodation } from "@/lib/teaching/accommodations";
import { accommodationSchema } from "@/lib/validations/accommodation";

/** Sets one student's extra time, extra attempts and due date on the assignment (all zero removes them). */
export const PUT = withRoute({ role: "TEACHER", body: accommodationSchema, maxBodyBytes: 1024 }, async ({ user, body, params }) => {
  await setAccommodation(user, params.assignmentId, params.userId, body);
  return new NextResponse(null, { status: 204 });
});
