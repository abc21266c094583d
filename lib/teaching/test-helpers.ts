import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";

// Shared by the teaching integration tests: users of their own, and the status a refused call answers.

export async function makeUser(role: Role) {
  const user = await db.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@test.example`, name: `${role} ${randomUUID().slice(0, 6)}`, passwordHash: "x", role },
    select: { id: true, role: true, name: true, email: true },
  });
  return { ...user, role };
}

export async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}
