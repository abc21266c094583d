import { z } from "zod";

// A client-made id per grade: retrying the same request, a double click or a second tab cannot save twice.
const requestId = z.string().trim().min(8, "A request id is required").max(100, "The request id is too long");
const itemId = z.string().trim().min(1, "Choose a card").max(100, "Unknown card");

export const gradeSchema = z.object({
  requestId,
  itemId,
  rating: z.number().int("The grade must be 1, 2, 3 or 4").min(1, "The grade must be 1, 2, 3 or 4").max(4, "The grade must be 1, 2, 3 or 4"),
});
export type GradeInput = z.infer<typeof gradeSchema>;

export const undoSchema = z.object({ requestId });
export type UndoInput = z.infer<typeof undoSchema>;
