import { z } from "zod";
import { displayName } from "./text";

export const createClassSchema = z.object({
  name: displayName({ max: 100, empty: "Give the class a name.", tooLong: "Keep the name under 100 characters." }),
});
export type CreateClassInput = z.infer<typeof createClassSchema>;

// Codes are shown uppercase without look-alike characters; what a student types is normalised the same way.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export const joinClassSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/[\s-]/g, "").toUpperCase())
    .pipe(z.string().min(1, "Enter the join code.").max(20, "That is not a join code.")),
});
export type JoinClassInput = z.input<typeof joinClassSchema>;
