import initSqlJs from "sql.js";
import JSZip from "jszip";
import type { Flashcard, Question, StudySetContent } from "../generator/types";
import { sha1Bytes, sha1Hex } from "./hash";
import { slugify, splitAtBlank } from "./text";
import type { ExportFile, ExportOptions } from "./types";

// Fixed ids so every export uses the same note types and Anki matches them on re-import.
export const BASIC_MODEL_ID = 1_712_000_000_001;
export const CLOZE_MODEL_ID = 1_712_000_000_002;
const DEFAULT_DECK_ID = 1;
const FIELD_SEPARATOR = "\x1f";

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n.source { font-size: 14px; color: #666; margin-top: 1em; }";

type AnkiNote = { guid: string; modelId: number; fields: string[]; tags: string[] };

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] };
}

function template(name: string, qfmt: string, afmt: string) {
  return { name, ord: 0, qfmt, afmt, did: null, bqfmt: "", bafmt: "" };
}

function models(deckId: number, mod: number) {
  const common = { mod, usn: -1, sortf: 0, did: deckId, css: CSS, latexPre: "", latexPost: "", tags: [], vers: [] };
  return {
    [BASIC_MODEL_ID]: {
      ...common,
      id: BASIC_MODEL_ID,
      name: "Study App Basic",
      type: 0,
      flds: [field("Front", 0), field("Back", 1), field("Source", 2)],
      tmpls: [
        template(
          "Card 1",
          "{{Front}}",
          '{{FrontSide}}<hr id=answer>{{Back}}{{#Source}}<div class="source">{{Source}}</div>{{/Source}}',
        ),
      ],
      req: [[0, "any", [0]]],
    },
    [CLOZE_MODEL_ID]: {
      ...common,
      id: CLOZE_MODEL_ID,
      name: "Study App Cloze",
      type: 1,
      flds: [field("Text", 0), field("Back Extra", 1), field("Source", 2)],
      tmpls: [
        template(
          "Cloze",
          "{{cloze:Text}}",
          '{{cloze:Text}}<br>{{Back Extra}}{{#Source}}<div class="source">{{Source}}</div>{{/Source}}',
        ),
      ],
    },
  };
}

function deck(id: number, name: string, mod: number) {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: "",
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const DECK_CONFIG = {
  1: {
    id: 1,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
  },
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>");
}

/** Cloze answers must not close the `{{c1::…}}` marker early. */
function escapeClozeAnswer(text: string): string {
  return escapeHtml(text).replace(/}/g, "&#125;").replace(/:/g, "&#58;");
}

function stripHtml(html: string): string {
  return html
    .replace(/<br>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#125;/g, "}")
    .replace(/&#58;/g, ":")
    .replace(/&amp;/g, "&")
    .trim();
}

const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** Anki's guid is a base91 64-bit number; deriving it from the item id makes re-exports update notes. */
export function noteGuid(itemId: string): string {
  let value = 0n;
  for (const byte of sha1Bytes(`study-app:${itemId}`).slice(0, 8)) value = (value << 8n) | BigInt(byte);
  let guid = "";
  do {
    guid = BASE91[Number(value % 91n)] + guid;
    value /= 91n;
  } while (value > 0n);
  return guid;
}

function sourceField(source: { section: string; quote: string }): string {
  if (!source.quote) return escapeHtml(source.section);
  return source.section ? `${escapeHtml(source.quote)} (${escapeHtml(source.section)})` : escapeHtml(source.quote);
}

function tagsFor(item: { material: string; difficulty: string }, kind: string): string[] {
  return [kind, item.material, item.difficulty].filter(Boolean);
}

function clozeText(prompt: string, answer: string): string | null {
  const parts = splitAtBlank(prompt);
  if (!parts) return null;
  return `${escapeHtml(parts[0])}{{c1::${escapeClozeAnswer(answer)}}}${escapeHtml(parts[1])}`;
}

function flashcardNote(card: Flashcard): AnkiNote {
  const base = { guid: noteGuid(card.id), tags: tagsFor(card, card.kind) };
  const cloze = card.kind === "cloze" ? clozeText(card.front, card.back) : null;
  if (cloze) return { ...base, modelId: CLOZE_MODEL_ID, fields: [cloze, escapeHtml(card.explanation), sourceField(card.source)] };
  return {
    ...base,
    modelId: BASIC_MODEL_ID,
    fields: [escapeHtml(card.front), escapeHtml(card.back), sourceField(card.source)],
  };
}

function fillInNote(question: Question): AnkiNote {
  const answer = typeof question.answer === "string" ? question.answer : "";
  const cloze =
    clozeText(question.prompt, answer) ?? `${escapeHtml(question.prompt)} {{c1::${escapeClozeAnswer(answer)}}}`;
  return {
    guid: noteGuid(question.id),
    modelId: CLOZE_MODEL_ID,
    tags: tagsFor(question, question.type),
    fields: [cloze, escapeHtml(question.explanation), sourceField(question.source)],
  };
}

/** Flashcards become Basic (or Cloze) notes, fill-in questions Cloze notes; other quiz types belong in the LMS formats. */
export function ankiNotes(content: StudySetContent): AnkiNote[] {
  return [
    ...content.flashcards.map(flashcardNote),
    ...content.questions.filter((question) => question.type === "fill_in").map(fillInNote),
  ];
}

function deckId(title: string): number {
  // A stable id per title, kept within Anki's usual millisecond-timestamp range.
  return 1_500_000_000_000 + (parseInt(sha1Hex(`deck:${title}`).slice(0, 10), 16) % 100_000_000_000);
}

export async function exportAnkiPackage(content: StudySetContent, options: ExportOptions): Promise<ExportFile> {
  const SQL = await initSqlJs(options.locateSqlWasm ? { locateFile: options.locateSqlWasm } : undefined);
  const db = new SQL.Database();
  try {
    const nowMs = (options.now ?? new Date()).getTime();
    const nowSec = Math.floor(nowMs / 1000);
    const did = deckId(content.title);
    // Anki shows deck names as HTML: a title carrying markup must not run in the learner's Anki.
    const deckName = escapeHtml(content.title.replace(/::/g, ":").trim() || "Study set");
    db.run(SCHEMA);
    const decks = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, "Default", nowSec), [did]: deck(did, deckName, nowSec) };
    const notes = ankiNotes(content);
    const conf = {
      nextPos: notes.length + 1,
      estTimes: true,
      activeDecks: [did],
      sortType: "noteFld",
      timeLim: 0,
      sortBackwards: false,
      addToCur: true,
      curDeck: did,
      newBury: true,
      newSpread: 0,
      dueCounts: true,
      curModel: String(BASIC_MODEL_ID),
      collapseTime: 1200,
    };
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      nowSec,
      nowMs,
      nowMs,
      JSON.stringify(conf),
      JSON.stringify(models(did, nowSec)),
      JSON.stringify(decks),
      JSON.stringify(DECK_CONFIG),
    ]);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    notes.forEach((note, index) => {
      const noteId = nowMs + index;
      const sortField = stripHtml(note.fields[0]);
      const checksum = parseInt(sha1Hex(sortField).slice(0, 8), 16);
      const tags = note.tags.length > 0 ? ` ${note.tags.join(" ")} ` : "";
      insertNote.run([noteId, note.guid, note.modelId, nowSec, tags, note.fields.join(FIELD_SEPARATOR), sortField, checksum]);
      insertCard.run([noteId, noteId, did, nowSec, index + 1]);
    });
    insertNote.free();
    insertCard.free();

    const zip = new JSZip();
    zip.file("collection.anki2", db.export());
    zip.file("media", "{}");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    return { bytes, filename: `${slugify(content.title)}.apkg`, mimeType: "application/apkg" };
  } finally {
    db.close();
  }
}
