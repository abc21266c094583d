import JSZip from "jszip";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { BASIC_MODEL_ID, CLOZE_MODEL_ID, noteGuid } from "./anki-package";
import { loadSampleSet } from "./fixtures";
import { exportStudySet } from "./index";

type NoteRow = { guid: string; mid: number; flds: string; tags: string };

async function readPackage(bytes: Uint8Array | string) {
  if (typeof bytes === "string") throw new Error("expected bytes");
  const zip = await JSZip.loadAsync(bytes);
  const collection = await zip.file("collection.anki2")?.async("uint8array");
  const media = await zip.file("media")?.async("string");
  if (!collection) throw new Error("no collection.anki2");
  const SQL = await initSqlJs();
  const db = new SQL.Database(collection);
  const rows = (sql: string) => {
    const [result] = db.exec(sql);
    if (!result) return [];
    return result.values.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])));
  };
  const notes = rows("SELECT guid, mid, flds, tags FROM notes ORDER BY id") as NoteRow[];
  const cards = rows("SELECT nid, did, ord, type, queue FROM cards");
  const [col] = rows("SELECT ver, models, decks FROM col");
  const integrity = rows("PRAGMA integrity_check");
  db.close();
  return { notes, cards, col, media, integrity };
}

describe("Anki package export", () => {
  const set = loadSampleSet();
  const fillIns = set.questions.filter((question) => question.type === "fill_in");

  it("is a zip with a classic collection that an independent SQLite reader opens", async () => {
    const file = await exportStudySet(set, "apkg", { now: new Date("2025-07-01T00:00:00Z") });
    expect(file.filename).toMatch(/\.apkg$/);
    const { notes, cards, col, media, integrity } = await readPackage(file.bytes);

    expect(media).toBe("{}");
    expect(integrity).toEqual([{ integrity_check: "ok" }]);
    expect(col.ver).toBe(11);
    expect(notes).toHaveLength(set.flashcards.length + fillIns.length);
    expect(cards).toHaveLength(notes.length);

    const models = JSON.parse(String(col.models)) as Record<string, { type: number; flds: { name: string }[] }>;
    expect(models[BASIC_MODEL_ID].flds.map((field) => field.name)).toEqual(["Front", "Back", "Source"]);
    expect(models[CLOZE_MODEL_ID].type).toBe(1);
    expect(models[CLOZE_MODEL_ID].flds.map((field) => field.name)).toEqual(["Text", "Back Extra", "Source"]);
    const decks = JSON.parse(String(col.decks)) as Record<string, { name: string }>;
    expect(Object.values(decks).map((deck) => deck.name)).toContain(set.title);
    expect(new Set(cards.map((card) => card.did)).size).toBe(1);
  });

  it("keeps every answer: Basic notes for cards, Cloze notes for fill-ins", async () => {
    const file = await exportStudySet(set, "apkg");
    const { notes } = await readPackage(file.bytes);
    const byGuid = new Map(notes.map((note) => [note.guid, note]));
    for (const card of set.flashcards) {
      const note = byGuid.get(noteGuid(card.id));
      expect(note, card.id).toBeDefined();
      const fields = note!.flds.split("\x1f");
      expect(fields).toHaveLength(3);
      if (note!.mid === CLOZE_MODEL_ID) expect(fields[0]).toContain(`{{c1::${card.back}}}`);
      else expect(decodeField(fields[1])).toBe(card.back);
      expect(decodeField(fields[2])).toContain(card.source.quote);
    }
    for (const question of fillIns) {
      const note = byGuid.get(noteGuid(question.id));
      expect(note?.mid).toBe(CLOZE_MODEL_ID);
      const answer = decodeField(/\{\{c1::(.*?)\}\}/.exec(note!.flds)![1]);
      expect(answer).toBe(question.answer);
    }
  });

  it("gives the same note GUIDs on re-export, so Anki updates instead of duplicating", async () => {
    const first = await readPackage((await exportStudySet(set, "apkg", { now: new Date("2025-01-01") })).bytes);
    const second = await readPackage((await exportStudySet(set, "apkg", { now: new Date("2025-02-01") })).bytes);
    expect(second.notes.map((note) => note.guid)).toEqual(first.notes.map((note) => note.guid));
    expect(new Set(first.notes.map((note) => note.guid)).size).toBe(first.notes.length);
  });
});

function decodeField(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#125;/g, "}")
    .replace(/&#58;/g, ":")
    .replace(/&amp;/g, "&");
}
