import { z } from "zod";

export const studySettingsSchema = z.object({
  newCardsPerDay: z.coerce
    .number({ message: "Enter a number" })
    .int("Use a whole number")
    .min(0, "Use 0 or more")
    .max(500, "Use at most 500"),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;
