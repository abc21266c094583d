import { z } from "zod";
import { HttpError } from "@/lib/errors";

export const ROLES = ["STUDENT", "TEACHER"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The role check for domain code, which receives the acting user: a wrong role is a 403 with `message`. */
export function requireRole(user: { role: string }, role: Role, message: string): void {
  if (user.role !== role) throw new HttpError(403, message);
}
