import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadSampleSet, SPECIAL_CHARACTERS } from "./fixtures";
import { exportStudySet, importCards, previewImport } from "./index";

const set = loadSampleSet();

async function csvText(content = set): Promise<string> {
  const file = await exportStudySet(content, "csv");
  if (typeof file.bytes !== "string") throw new Error("expected text");
  return file.bytes;
}

describe("CSV export", () => {
  it("is RFC 4180 that papaparse reads back with every card and answer", async () => {
    const { data, errors } = Papa.parse<string[]>(await csvText(), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    const [header, ...rows] = data;
    expect(header).toEqual(["Front", "Back", "Explanation", "Source"]);
    expect(rows.map((row) => [row[0], row[1]])).toEqual(set.flashcards.map((card) => [card.front, card.back]));
  });
});

describe("CSV import", () => {
  it("round-trips the sample cards: export, import, same cards", async () => {
    const result = importCards(await csvText(), { format: "csv", title: set.title });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe(set.title);
    expect(result.value.questions).toEqual([]);
    expect(result.value.flashcards.map(({ front, back, explanation }) => ({ front, back, explanation }))).toEqual(
      set.flashcards.map(({ front, back, explanation }) => ({ front, back, explanation })),
    );
    for (const card of result.value.flashcards) {
      expect(card.source.section).toBe("Imported");
      expect(card.id).toMatch(/^card-[0-9a-f]{12}$/);
    }
  });

  it("round-trips every special character, including tabs and line breaks inside fields", async () => {
    const flashcards = SPECIAL_CHARACTERS.map((char, i) => ({
      ...set.flashcards[0],
      id: `special-${i}`,
      front: `front ${char} ${i}`,
      back: `back ${char} ${i}`,
    }));
    const result = importCards(await csvText({ ...set, flashcards }), { format: "csv" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map((card) => [card.front, card.back])).toEqual(
      flashcards.map((card) => [card.front, card.back]),
    );
  });

  it("detects a header by its column names, in any order, with other delimiters", () => {
    const result = importCards("Definition;Term\nthe capital of France;Paris\n", { format: "csv" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map((card) => [card.front, card.back])).toEqual([["Paris", "the capital of France"]]);
  });

  it("takes the first two columns when there is no header, quoting the imported line as the source", () => {
    const result = importCards('Paris,"capital, of France"\r\nRome,capital of Italy\r\n', { format: "csv" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map((card) => [card.front, card.back, card.source.quote])).toEqual([
      ["Paris", "capital, of France", 'Paris,"capital, of France"'],
      ["Rome", "capital of Italy", "Rome,capital of Italy"],
    ]);
  });

  it("fails the whole file, naming the line, when a row has an empty side", () => {
    const text = 'Front,Back\n"multi\nline",ok\nsecond,fine\n,missing term\n';
    const result = importCards(text, { format: "csv" });
    expect(result).toMatchObject({ ok: false, error: "Line 5: the term is empty" });
  });

  it("previews rows with their line numbers and the problems", () => {
    const preview = previewImport("Term,Definition\na,1\nb\nc,3\n", { format: "csv" });
    expect(preview.hasHeader).toBe(true);
    expect(preview.rows).toEqual([
      { line: 2, front: "a", back: "1" },
      { line: 4, front: "c", back: "3" },
    ]);
    expect(preview.issues.map((issue) => issue.line)).toEqual([3]);
  });
});
