import JSZip from "jszip";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import type { Question } from "../generator/types";
import { expectedAnswer, loadSampleSet } from "./fixtures";
import { exportStudySet, importSliced, previewImportSliced, type ImportOptions } from "./index";

const set = loadSampleSet();

async function bytesOf(format: "apkg" | "qti" | "moodle-xml"): Promise<Uint8Array | string> {
  return (await exportStudySet(set, format)).bytes;
}

async function imported(data: string | Uint8Array, options: ImportOptions) {
  const result = await importSliced(data, options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const essence = (question: Question) => ({ type: question.type, prompt: question.prompt, answer: expectedAnswer(question), explanation: question.explanation });

/** A legacy Anki collection (schema 11) as Anki 2.1 writes it, with the three common note types. */
async function handMadeApkg(): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer,
    conf text, models text, decks text, dconf text, tags text);
    CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld text, csum integer, flags integer, data text);
    CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer,
      ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);
    CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, time integer, type integer);`);
  const models = {
    1: { id: 1, name: "Basic", type: 0, flds: [{ name: "Front" }, { name: "Back" }], tmpls: [{ name: "Card 1" }] },
    2: { id: 2, name: "Basic (and reversed card)", type: 0, flds: [{ name: "Front" }, { name: "Back" }], tmpls: [{ name: "Card 1" }, { name: "Card 2" }] },
    3: { id: 3, name: "Cloze", type: 1, flds: [{ name: "Text" }, { name: "Back Extra" }], tmpls: [{ name: "Cloze" }] },
  };
  const decks = { 1: { id: 1, name: "Default" }, 77: { id: 77, name: "Languages::French <b>verbs</b>" } };
  db.run("INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}',?,?,'{}','{}')", [JSON.stringify(models), JSON.stringify(decks)]);
  const notes: [number, number, string][] = [
    [101, 1, "<b>être</b>\x1fto be<br>(irregular)"],
    [102, 2, "avoir\x1fto have"],
    [103, 3, "{{c1::Paris}} is on the {{c2::Seine::river}}.\x1f<i>since 52 BC</i>"],
    [104, 1, '<img src="cat.jpg">\x1fa cat'],
    [105, 1, "aller [sound:aller.mp3]\x1f<script>alert(1)</script>to go"],
  ];
  for (const [id, mid, flds] of notes) db.run("INSERT INTO notes VALUES (?, ?, ?, 0, 0, '', ?, '', 0, 0, '')", [id, String(id), mid, flds]);
  const cards: [number, number][] = [[101, 0], [102, 0], [102, 1], [103, 0], [103, 1], [104, 0], [105, 0]];
  cards.forEach(([nid, ord], i) => db.run("INSERT INTO cards VALUES (?, ?, 77, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')", [i + 1, nid, ord]));
  const zip = new JSZip();
  zip.file("collection.anki2", db.export());
  zip.file("media", JSON.stringify({ 0: "cat.jpg", 1: "aller.mp3" }));
  db.close();
  return zip.generateAsync({ type: "uint8array" });
}

describe("Anki package import", () => {
  it("turns Basic, Basic-and-reversed and Cloze notes into flashcards and cloze cards, HTML stripped, media noted", async () => {
    const preview = await previewImportSliced(await handMadeApkg(), { format: "apkg" });
    expect(preview.title).toBe("French verbs");
    expect(preview.rows.map(({ front, back }) => [front, back])).toEqual([
      ["être", "to be\n(irregular)"],
      ["avoir", "to have"],
      ["to have", "avoir"],
      ["_____ is on the Seine.", "Paris"],
      ["Paris is on the _____.", "Seine"],
      ["aller", "to go"],
    ]);
    expect(preview.skipped).toEqual([{ line: 4, item: "a cat", message: "the front is empty (an image or sound only?)" }]);
    expect(preview.notes?.join(" ")).toMatch(/Review history .* not imported/);
    expect(preview.notes?.join(" ")).toMatch(/2 note\(s\) refer to images or sounds/);
    const content = await imported(await handMadeApkg(), { format: "apkg" });
    expect(content.flashcards.filter((card) => card.kind === "cloze")).toHaveLength(2);
    expect(content.flashcards.find((card) => card.kind === "cloze")?.explanation).toBe("since 52 BC");
  });

  it("round-trips the app's own .apkg: the same fronts and backs", async () => {
    const content = await imported(await bytesOf("apkg"), { format: "apkg" });
    const cards = set.flashcards.map((card) => [card.front.replace(/\s+/g, " ").trim(), card.back.replace(/\s+/g, " ").trim()]);
    const back = content.flashcards.map((card) => [card.front.replace(/\s+/g, " "), card.back.replace(/\s+/g, " ")]);
    // Fill-in questions travel as cloze notes and come back as cloze cards.
    expect(back.slice(0, cards.length)).toEqual(cards);
    expect(content.title).toBe(set.title);
  });

  it("refuses a zip bomb, a zip without a collection and bytes that are no zip, naming the problem", async () => {
    const bomb = new JSZip();
    bomb.file("collection.anki2", new Uint8Array(70 * 1024 * 1024));
    const bombBytes = await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    await expect(previewImportSliced(bombBytes, { format: "apkg" })).rejects.toThrow(/inflates to more than 64 MB: the package looks like a zip bomb/);
    const empty = await new JSZip().file("readme.txt", "hi").generateAsync({ type: "uint8array" });
    await expect(previewImportSliced(empty, { format: "apkg" })).rejects.toThrow(/holds no collection\.anki2/);
    await expect(previewImportSliced(new TextEncoder().encode("x".repeat(1000)), { format: "apkg" })).rejects.toThrow(/not a readable zip archive/);
    const notSqlite = await new JSZip().file("collection.anki2", "not a database").generateAsync({ type: "uint8array" });
    await expect(previewImportSliced(notSqlite, { format: "apkg" })).rejects.toThrow(/is not an Anki collection/);
  });
});

describe("Moodle XML and QTI 2.1 import", () => {
  it("round-trips the sample quiz through Moodle XML: same questions, answers and explanations", async () => {
    const content = await imported(String(await bytesOf("moodle-xml")), { format: "moodle-xml" });
    expect(content.questions.map(essence)).toEqual(set.questions.map(essence));
    expect(content.title).toBe(set.title);
  });

  it("round-trips the sample quiz through the QTI package: same questions, answers and explanations", async () => {
    const content = await imported(await bytesOf("qti"), { format: "qti" });
    expect(content.questions.map(essence)).toEqual(set.questions.map(essence));
    expect(content.title).toBe(set.title);
  });

  it("imports what it can from another tool's Moodle XML and reports the rest", async () => {
    const xml = `<?xml version="1.0"?><quiz>
      <question type="category"><category><text>$course$/top/Physics</text></category></question>
      <question type="numerical"><name><text>g</text></name><questiontext format="html"><text><![CDATA[<p>Gravity on Earth in m/s&sup2;?</p>]]></text></questiontext>
        <answer fraction="100"><text>9.81</text><tolerance>0.05</tolerance></answer></question>
      <question type="multichoice"><name><text>multi</text></name><questiontext><text>Pick two</text></questiontext><single>false</single>
        <answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer></question>
      <question type="essay"><name><text>Essay</text></name><questiontext><text>Discuss.</text></questiontext></question>
      <question type="matching"><name><text>m</text></name><questiontext><text>Match</text></questiontext>
        <subquestion><text>1</text><answer><text>one</text></answer></subquestion><subquestion><text>2</text><answer><text>two</text></answer></subquestion>
        <subquestion><text></text><answer><text>three</text></answer></subquestion></question>
    </quiz>`;
    const preview = await previewImportSliced(xml, { format: "moodle-xml" });
    expect(preview.title).toBe("Physics");
    expect(preview.skipped.map(({ line, item, message }) => [line, item, message])).toEqual([
      [4, "Essay", "an essay question: the app cannot grade free text"],
    ]);
    const content = await imported(xml, { format: "moodle-xml" });
    expect(content.questions[0]).toMatchObject({ type: "numeric", answer: "9.81", tolerance: 0.05 });
    expect(content.questions[1]).toMatchObject({ type: "multiple_response", choices: ["a", "b"], answers: ["a", "b"] });
    expect(content.questions[2]).toMatchObject({ type: "matching", distractors: ["three"] });
  });

  it("refuses XML entity expansion and a QTI 1.2 package, naming the problem", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz><question type="truefalse"><questiontext><text>&b;</text></questiontext></question></quiz>`;
    await expect(previewImportSliced(laughs, { format: "moodle-xml" })).rejects.toThrow(/declares XML entities/);
    const old = await new JSZip()
      .file("imsmanifest.xml", '<manifest><resources><resource identifier="r" type="imsqti_xmlv1p2" href="q.xml"/></resources></manifest>')
      .generateAsync({ type: "uint8array" });
    await expect(previewImportSliced(old, { format: "qti" })).rejects.toThrow(/QTI 1\.2 package/);
    await expect(previewImportSliced("<quiz", { format: "moodle-xml" })).rejects.toThrow(/not well-formed XML|no <quiz>/);
  });
});
