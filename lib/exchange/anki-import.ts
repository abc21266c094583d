import initSqlJs, { type Database } from "sql.js";
import { openZip, readZipEntry, ImportRefusal, unzstd } from "./archive";
import { clozeCards, hasCloze, type ParsedCard } from "./imported-items";
import { htmlToText } from "./text";
import type { ExportOptions, ImportIssue } from "./types";

// Anki packages (.apkg, and a whole collection as .colpkg) hold an SQLite collection. Newer Anki writes
// it as collection.anki21b (Zstandard) next to a stub collection.anki2 that only says "please update",
// so the newest form present wins. Notes become flashcards: Basic front and back, a second card for a
// note with a reverse card, and one cloze card per deletion number for cloze notes.

export type AnkiImport = { cards: ParsedCard[]; skipped: ImportIssue[]; notes: string[]; title?: string };

const COLLECTIONS = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;
const FIELD_SEPARATOR = "\x1f";

async function openCollection(bytes: Uint8Array, options: ExportOptions): Promise<Database> {
  const zip = await openZip(bytes, "Anki package (.apkg or .colpkg)");
  const name = COLLECTIONS.find((candidate) => zip.file(candidate));
  if (!name) throw new ImportRefusal("This zip is not an Anki package: it holds no collection.anki2, .anki21 or .anki21b.");
  const raw = await readZipEntry(zip, name);
  const data = name.endsWith("b") ? unzstd(raw, name) : raw;
  const SQL = await initSqlJs(options.locateSqlWasm ? { locateFile: options.locateSqlWasm } : undefined);
  const db = new SQL.Database(data);
  try {
    db.exec("SELECT count(*) FROM notes");
  } catch {
    db.close();
    throw new ImportRefusal(`The package's ${name} is not an Anki collection (no readable notes table).`);
  }
  return db;
}

function rows(db: Database, sql: string): unknown[][] {
  try {
    return db.exec(sql)[0]?.values ?? [];
  } catch {
    return [];
  }
}

/** The deck most cards sit in: the legacy JSON in `col.decks`, or the `decks` table of schema 18. */
function deckTitle(db: Database): string | undefined {
  const counts = new Map(rows(db, "SELECT did, count(*) FROM cards GROUP BY did ORDER BY count(*) DESC").map(([did, n]) => [String(did), Number(n)]));
  const names = new Map<string, string>();
  for (const [id, name] of rows(db, "SELECT id, name FROM decks")) names.set(String(id), String(name));
  if (names.size === 0) {
    const [json] = rows(db, "SELECT decks FROM col")[0] ?? [];
    try {
      for (const deck of Object.values(JSON.parse(String(json ?? "{}")) as Record<string, { id: number; name: string }>)) names.set(String(deck.id), deck.name);
    } catch {
      // No deck names: the title falls back to the teacher's or the default.
    }
  }
  const [top] = [...counts.keys()].filter((id) => names.has(id));
  const name = top ? names.get(top) : undefined;
  // Nested decks are "Parent::Child" in JSON and "Parent\x1fChild" in the table.
  return htmlToText(name?.split(/::|\x1f/).pop() ?? "").trim() || undefined;
}

export async function readAnkiPackage(bytes: Uint8Array, options: ExportOptions = {}): Promise<AnkiImport> {
  const db = await openCollection(bytes, options);
  try {
    const reversed = new Set(rows(db, "SELECT DISTINCT nid FROM cards WHERE ord = 1").map(([nid]) => String(nid)));
    const cards: ParsedCard[] = [];
    const skipped: ImportIssue[] = [];
    const notes = rows(db, "SELECT id, flds FROM notes ORDER BY id");
    notes.forEach(([id, flds], index) => {
      const line = index + 1;
      const fields = String(flds ?? "").split(FIELD_SEPARATOR).map((field) => htmlToText(field.replace(/\[sound:[^\]]*\]/g, "")));
      const [front = "", back = ""] = fields;
      const quote = fields.filter(Boolean).join(" · ");
      const item = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
      const rawFront = String(flds ?? "").split(FIELD_SEPARATOR)[0] ?? "";
      if (hasCloze(rawFront)) {
        const made = clozeCards(htmlToText(rawFront), { line, explanation: back, quote });
        if (made.length > 0) cards.push(...made);
        else skipped.push({ line, item, message: "a cloze note whose deletions are empty" });
        return;
      }
      if (!front || !back) {
        skipped.push({ line, item, message: front ? "the back is empty" : "the front is empty (an image or sound only?)" });
        return;
      }
      // Fields past the second belong to other note types (our own Source, say): they are not the explanation.
      cards.push({ line, front, back, explanation: "", quote });
      if (reversed.has(String(id))) cards.push({ line, front: back, back: front, explanation: "", quote });
    });
    const report = ["Review history and scheduling are not imported: the cards start new."];
    const media = rows(db, "SELECT count(*) FROM notes WHERE flds LIKE '%<img%' OR flds LIKE '%[sound:%'")[0]?.[0];
    if (Number(media) > 0) report.push(`${media} note(s) refer to images or sounds, which are not imported; their text is.`);
    return { cards, skipped, notes: report, title: deckTitle(db) };
  } finally {
    db.close();
  }
}
