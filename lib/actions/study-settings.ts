"use server";

import { revalidatePath } from "next/cache";
import { withAction, type ActionState } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { studySettingsSchema, type StudySettingsInput } from "@/lib/validations/study-settings";

export const saveStudySettings = withAction(
  { schema: studySettingsSchema },
  async (input, user): Promise<ActionState<StudySettingsInput>> => {
    await db.user.update({ where: { id: user.id }, data: { newCardsPerDay: input.newCardsPerDay } });
    revalidatePath("/", "layout");
    return { ok: true, message: `Saved: up to ${input.newCardsPerDay} new cards a day.` };
  },
);
