import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { makeUser } from "@/lib/quiz/test-fixtures";
import { importIntoDraft } from "@/lib/teaching/imports";
import { signUpSchema } from "./account";
import { createClassSchema } from "./classroom";

// Input that should never be stored: names that show nothing or disguise text, passwords everyone
// tries first, and imports larger than publishing allows.

const signUp = (fields: Partial<{ name: string; password: string }>) =>
  signUpSchema.safeParse({ name: "Ada", email: "ada@example.com", password: "a long passphrase", role: "STUDENT", ...fields });

describe("names", () => {
  const refused: [string, string][] = [
    ["only zero-width characters", "\u200b\u200c\u200d\u2060\ufeff"],
    ["only a soft hyphen and a Hangul filler", "\u00ad\u3164"],
    ["a NUL", "Ada\u0000Lovelace"],
    ["a line break", "Ada\nLovelace"],
    ["a right-to-left override", "Ada\u202egpj.exe"],
    ["a directional isolate", "\u2067Ada\u2069"],
  ];
  for (const [what, name] of refused) {
    it(`refuses a user or class name with ${what}`, () => {
      expect(signUp({ name }).success).toBe(false);
      expect(createClassSchema.safeParse({ name }).success).toBe(false);
    });
  }

  it("keeps names in any script, with accents, emoji and joiners inside visible text", () => {
    for (const name of ["Ada Lovelace", "José Ñúñez", "李小龍", "محمد", "Zoë 👩‍🏫", "O'Brien-Smith"]) {
      expect(signUp({ name }).success, name).toBe(true);
      expect(createClassSchema.safeParse({ name }).success, name).toBe(true);
    }
  });
});

describe("passwords", () => {
  it("refuses the most common passwords, in any case, as well as short ones", () => {
    for (const password of ["password", "PASSWORD1", "iloveyou", "12345678", "qwertyuiop", "short"]) {
      expect(signUp({ password }).success, password).toBe(false);
    }
    expect(signUp({ password: "correct horse battery" }).success).toBe(true);
  });
});

describe("imports", () => {
  it("a file with more cards than a set may publish is refused at import, naming the limit, and saves nothing", async () => {
    const teacher = { ...(await makeUser("TEACHER")), role: "TEACHER" as const };
    const text = Array.from({ length: 600 }, (_, i) => `term ${i}\tdefinition ${i}`).join("\n");
    const failure = await importIntoDraft(teacher, { format: "text", text, termSeparator: "tab" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).status).toBe(422);
    expect((failure as HttpError).message).toMatch(/600 cards; a set holds at most 500/);
    expect(await db.studySet.count({ where: { ownerId: teacher.id } })).toBe(0);
    expect((await importIntoDraft(teacher, { format: "text", text: text.split("\n").slice(0, 500).join("\n"), termSeparator: "tab" })).ok).toBe(true);
  });
});
