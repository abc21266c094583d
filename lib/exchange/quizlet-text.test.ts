import { describe, expect, it } from "vitest";
import { loadSampleSet } from "./fixtures";
import { exportStudySet, importCards, previewImport } from "./index";

const set = loadSampleSet();

async function text(format: "quizlet" | "anki-text"): Promise<string> {
  const file = await exportStudySet(set, format);
  if (typeof file.bytes !== "string") throw new Error("expected text");
  return file.bytes;
}

describe("Quizlet and Anki text export", () => {
  it("writes one card per line, term TAB definition, with tabs and line breaks in text flattened", async () => {
    const lines = (await text("quizlet")).trimEnd().split("\n");
    expect(lines).toHaveLength(set.flashcards.length);
    for (const [i, line] of lines.entries()) {
      const [front, back, ...rest] = line.split("\t");
      expect(rest).toEqual([]);
      expect(front).toBe(set.flashcards[i].front.replace(/[\t\n]+/g, " "));
      expect(back).toBe(set.flashcards[i].back.replace(/[\t\n]+/g, " "));
    }
  });

  it("starts the Anki variant with the header lines Anki reads", async () => {
    const lines = (await text("anki-text")).split("\n");
    expect(lines.slice(0, 2)).toEqual(["#separator:tab", "#html:false"]);
    expect(lines).toContain(`#deck:${set.title}`);
  });

  it("round-trips through the text importer", async () => {
    for (const format of ["quizlet", "anki-text"] as const) {
      const result = importCards(await text(format), { format: "text" });
      if (!result.ok) throw new Error(result.error);
      expect(result.value.flashcards.map((card) => card.back)).toEqual(
        set.flashcards.map((card) => card.back.replace(/[\t\n]+/g, " ")),
      );
    }
  });
});

describe("text import", () => {
  it("uses the chosen term and card separators", () => {
    const result = importCards("Paris - France; Rome - Italy;\n Oslo - Norway", {
      format: "text",
      termSeparator: " - ",
      cardSeparator: "semicolon",
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map((card) => [card.front, card.back, card.source.quote])).toEqual([
      ["Paris", "France", "Paris - France"],
      ["Rome", "Italy", "Rome - Italy"],
      ["Oslo", "Norway", "Oslo - Norway"],
    ]);
  });

  it("honours an Anki #separator header and #html:true", () => {
    const result = importCards("#separator:Pipe\n#html:true\n#deck:Capitals\nParis|capital of <b>France</b> &amp; more\n", {
      format: "text",
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards[0]).toMatchObject({ front: "Paris", back: "capital of France & more" });
  });

  it("names the failing line and saves nothing", () => {
    const result = importCards("a\t1\nb\t2\r\n\nno separator here\nd\t\n", { format: "text" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('Line 4: no tab separator between term and definition in "no separator here" (and 1 more)');
    expect(result.issues).toEqual([
      { line: 4, message: 'no tab separator between term and definition in "no separator here"' },
      { line: 5, message: 'the definition of "d" is empty' },
    ]);
  });

  it("rejects an empty file and equal separators", () => {
    expect(importCards("  \n\n", { format: "text" })).toMatchObject({ ok: false, error: "No cards found in the file" });
    expect(importCards("a,b", { format: "text", termSeparator: "comma", cardSeparator: "," })).toMatchObject({ ok: false });
  });

  it("gives the same ids for the same content and drops exact duplicates", () => {
    const result = importCards("a\t1\na\t1\nb\t2", { format: "text" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards).toHaveLength(2);
    const again = importCards("b\t2\na\t1", { format: "text" });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.flashcards.map((card) => card.id)).toEqual(
      [...result.value.flashcards].reverse().map((card) => card.id),
    );
  });

  it("previews rows before import", () => {
    const preview = previewImport("a\t1\nbad\nc\t3", { format: "text" });
    expect(preview.rows.map((row) => row.line)).toEqual([1, 3]);
    expect(preview.issues).toHaveLength(1);
  });

  it("reads a file with Anki headers as Anki does: comments, quoted fields, the deck as title, meta columns", () => {
    const text = [
      "#separator:Semicolon",
      "#html:true",
      "#deck:Languages::French",
      "#tags column:3",
      "# a comment line Anki skips",
      'bonjour;"hello; good <i>day</i>";greeting',
      '"il a dit ""oui""";"he said &quot;yes&quot;";quote',
      "",
    ].join("\n");
    const preview = previewImport(text, { format: "text", termSeparator: "tab" });
    expect(preview.issues).toEqual([]);
    expect(preview.title).toBe("French");
    expect(preview.rows).toEqual([
      { line: 6, front: "bonjour", back: "hello; good day" },
      { line: 7, front: 'il a dit "oui"', back: 'he said "yes"' },
    ]);
    const result = importCards(text, { format: "text" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe("French");
  });

  it("turns #notetype:Cloze notes into one cloze card per deletion number, Back Extra as the explanation", () => {
    const text = "#separator:tab\n#notetype:Cloze\n{{c1::Paris}} is the capital of {{c2::France::country}}.\tSeine river\n";
    const result = importCards(text, { format: "text" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map(({ kind, front, back, explanation }) => ({ kind, front, back, explanation }))).toEqual([
      { kind: "cloze", front: "_____ is the capital of France.", back: "Paris", explanation: "Seine river" },
      { kind: "cloze", front: "Paris is the capital of _____.", back: "France", explanation: "Seine river" },
    ]);
  });

  it("quotes Anki text fields that hold a quote or start with #, so Anki and this importer read them back", async () => {
    const cards = [
      { ...set.flashcards[0], id: "q1", front: '#hashtag "quoted"', back: 'say "cheese"' },
      { ...set.flashcards[0], id: "q2", front: "plain", back: "# not a comment" },
    ];
    const file = await exportStudySet({ ...set, flashcards: cards }, "anki-text");
    const result = importCards(String(file.bytes), { format: "text" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map((card) => [card.front, card.back])).toEqual(cards.map((card) => [card.front, card.back]));
  });
});
