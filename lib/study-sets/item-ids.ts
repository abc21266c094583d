import { createHash } from "node:crypto";
import type { Flashcard, Question, StudySetContent } from "@/lib/generator/types";

// How edited items are keyed. Learners' progress (card states, answers) hangs on StudyItem.itemKey,
// so an item keeps its id exactly when what a learner sees and answers is unchanged:
//  - the fingerprint covers a card's kind/front/back and a question's type/prompt/choices/answer/
//    accepted/pairs/items; editing only the explanation or difficulty keeps the id (and progress);
//  - an item whose fingerprint matches a known item (the stored draft or the published rows) takes that
//    item's id, so reverting an edit restores the old id and its progress;
//  - any other item (edited or written by the teacher) gets `card-`/`q-` + a hash of its content, so the
//    id is deterministic and a client can never claim another item's id (and its progress).

type Item = Flashcard | Question;

export function fingerprintOf(item: Item): string {
  if ("front" in item) return JSON.stringify(["card", item.kind, item.front.trim(), item.back.trim()]);
  return JSON.stringify([
    "question",
    item.type,
    item.prompt.trim(),
    item.choices ?? null,
    item.answer ?? null,
    item.accepted ?? null,
    item.pairs ?? null,
    item.items ?? null,
  ]);
}

function contentId(item: Item, fingerprint: string): string {
  const hash = createHash("sha256").update(fingerprint).digest("hex").slice(0, 16);
  return `${"front" in item ? "card" : "q"}-${hash}`;
}

/** The known items' ids by fingerprint, and fingerprints by id. */
export function indexKnownItems(items: Item[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const item of items) byId.set(item.id, fingerprintOf(item));
  return byId;
}

/** Gives every item its settled id (see above); duplicate content within the set gets a suffix. */
export function settleItemIds(content: StudySetContent, known: Map<string, string>): StudySetContent {
  const idByFingerprint = new Map<string, string>();
  for (const [id, fingerprint] of known) if (!idByFingerprint.has(fingerprint)) idByFingerprint.set(fingerprint, id);
  const used = new Set<string>();
  const settle = <T extends Item>(item: T): T => {
    const fingerprint = fingerprintOf(item);
    let id =
      known.get(item.id) === fingerprint ? item.id : (idByFingerprint.get(fingerprint) ?? contentId(item, fingerprint));
    for (let n = 2; used.has(id); n++) id = `${contentId(item, fingerprint)}-${n}`;
    used.add(id);
    return { ...item, id };
  };
  return { title: content.title, flashcards: content.flashcards.map(settle), questions: content.questions.map(settle) };
}
