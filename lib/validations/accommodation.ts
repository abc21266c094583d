import { z } from "zod";

// One student's accommodation on an assignment, as the teacher's form sends it. All zero and no
// date removes it.
export const accommodationSchema = z.object({
  extraMinutes: z.coerce.number().int("Use a whole number of minutes.").min(0, "Give 0 or more minutes.").max(600, "At most 600 extra minutes."),
  extraAttempts: z.coerce.number().int("Use a whole number of attempts.").min(0, "Give 0 or more attempts.").max(20, "At most 20 extra attempts."),
  dueAt: z.coerce
    .date({ error: "Give a valid due date." })
    .refine((value) => !Number.isNaN(value.getTime()), "Give a valid due date.")
    .nullable(),
});
export type AccommodationInput = z.infer<typeof accommodationSchema>;
