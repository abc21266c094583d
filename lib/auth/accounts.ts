import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, demoAccountsEnabled } from "@/lib/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { roleSchema, type Role } from "@/lib/auth/roles";
import type { SignUpInput } from "@/lib/validations/account";

export type AccountUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists");
  }
}

function isDemoEmail(email: string): boolean {
  return DEMO_ACCOUNTS.some((account) => account.email === email);
}

export async function createAccount(input: SignUpInput): Promise<AccountUser> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new EmailTakenError();
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
    });
    return { id: user.id, email: user.email, name: user.name, role: input.role, sessionVersion: user.sessionVersion };
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (typeof error === "object" && error && "code" in error && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

/**
 * A hash of nothing anyone knows, made at the same cost as real ones: an email with no usable account
 * is checked against it, so a wrong guess takes as long whether or not the account exists.
 */
let unusableHash: Promise<string> | undefined;
function hashForNoAccount(): Promise<string> {
  return (unusableHash ??= hashPassword(crypto.randomUUID()));
}

/** The user behind an email and password, or null; demo accounts stop working when turned off. */
export async function authenticate(email: string, password: string): Promise<AccountUser | null> {
  const normalized = email.trim().toLowerCase();
  const usable = demoAccountsEnabled() || !isDemoEmail(normalized);
  const user = usable ? await db.user.findUnique({ where: { email: normalized } }) : null;
  const matches = await verifyPassword(password, user?.passwordHash ?? (await hashForNoAccount()));
  if (!user || !matches) return null;
  return { id: user.id, email: user.email, name: user.name, role: roleSchema.parse(user.role), sessionVersion: user.sessionVersion };
}
