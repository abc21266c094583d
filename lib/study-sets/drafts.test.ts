import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listTeacherSets } from "@/lib/data/teaching";
import { studySetDraftSchema } from "@/lib/validations/study-set";
import { createDraftFromArticle, discardDraft, findDraftFromSameText, getEditableDraft, publishSet, saveDraft } from "./drafts";

// Drafts on the real test database: generating twice from one text finds the first draft, a saved
// title renames the draft on the dashboard, and a draft can be deleted.

const article = fs.readFileSync("lib/generator/fixtures/coral-reefs.md", "utf8");

async function teacher() {
  const user = await db.user.create({
    data: { email: `t-${randomUUID()}@test.example`, name: "Drafting teacher", passwordHash: "x", role: "TEACHER" },
    select: { id: true, role: true },
  });
  return { ...user, role: "TEACHER" as const };
}

describe("drafts", () => {
  it("finds the draft made from the same text, only the teacher's own and only while unpublished", async () => {
    const owner = await teacher();
    expect(await findDraftFromSameText(owner, article)).toBeNull();
    const setId = await createDraftFromArticle(owner, article);
    expect((await findDraftFromSameText(owner, article))?.id).toBe(setId);
    expect(await findDraftFromSameText(owner, `${article}\nOne more line.`)).toBeNull();
    expect(await findDraftFromSameText(await teacher(), article)).toBeNull();

    const { draft } = await getEditableDraft(owner, setId);
    await publishSet(owner, setId, studySetDraftSchema.parse(draft));
    expect(await findDraftFromSameText(owner, article)).toBeNull();
  });

  it("renames a draft on save, shows when it was made, and deletes it", async () => {
    const owner = await teacher();
    const setId = await createDraftFromArticle(owner, article);
    const { draft } = await getEditableDraft(owner, setId);
    await saveDraft(owner, setId, studySetDraftSchema.parse({ ...draft, title: "Reefs, week 3" }));
    const [listed] = await listTeacherSets(owner);
    expect(listed).toMatchObject({ id: setId, title: "Reefs, week 3", status: "DRAFT" });
    expect(listed.createdAt).toBeInstanceOf(Date);

    await discardDraft(owner, setId);
    expect(await listTeacherSets(owner)).toEqual([]);
  });
});
