import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { restartLearn } from "@/lib/study/practice";

// Starts Learn over for the set: the learner's chosen-right and typed-right marks are forgotten.
export const DELETE = withRoute({}, async ({ user, params }) => NextResponse.json(await restartLearn(user, params.setId)));
