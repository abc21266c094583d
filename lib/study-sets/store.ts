import type { Tx } from "@/lib/db";
import type { StudySetContent } from "@/lib/generator/types";

// How a generated study set is written: one StudyItem row per card or question, keyed by the
// generator's content-derived id so republishing keeps learners' progress on unchanged items.

export type Visibility = "PUBLIC" | "PRIVATE";

type ItemRow = { itemKey: string; kind: "FLASHCARD" | "QUESTION"; type: string; material: string; position: number; data: string };

export function itemRowsOf(content: StudySetContent): ItemRow[] {
  const cards = content.flashcards.map((card, index) => ({
    itemKey: card.id,
    kind: "FLASHCARD" as const,
    type: card.kind,
    material: card.material,
    position: index,
    data: JSON.stringify(card),
  }));
  const questions = content.questions.map((question, index) => ({
    itemKey: question.id,
    kind: "QUESTION" as const,
    type: question.type,
    material: question.material,
    position: index,
    data: JSON.stringify(question),
  }));
  return [...cards, ...questions];
}

export async function createStudySet(
  tx: Tx,
  input: { title: string; sourceText: string; content: StudySetContent; ownerId: string | null; visibility: Visibility; isSample?: boolean },
): Promise<string> {
  const set = await tx.studySet.create({
    data: {
      title: input.title,
      sourceText: input.sourceText,
      ownerId: input.ownerId,
      visibility: input.visibility,
      isSample: input.isSample ?? false,
      status: "PUBLISHED",
      items: { create: itemRowsOf(input.content) },
    },
  });
  return set.id;
}

/** Replaces a set's items: unchanged ids keep their rows (and progress), removed ones are retired. */
export async function replaceStudySetItems(tx: Tx, setId: string, content: StudySetContent): Promise<void> {
  const rows = itemRowsOf(content);
  const keep = rows.map((row) => row.itemKey);
  await tx.studyItem.updateMany({ where: { setId, itemKey: { notIn: keep } }, data: { retired: true } });
  for (const row of rows) {
    await tx.studyItem.upsert({
      where: { setId_itemKey: { setId, itemKey: row.itemKey } },
      create: { ...row, setId },
      update: { ...row, retired: false },
    });
  }
}
