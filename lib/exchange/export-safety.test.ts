import JSZip from "jszip";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import type { StudySetContent } from "../generator/types";
import { exportStudySet, importCards } from "./index";
import { spreadsheetCsv } from "./spreadsheet-cells";

// Exported files are opened by other programs: spreadsheets run formulas, Anki renders deck names as HTML.

const card = (front: string, back: string) => ({
  id: front, kind: "key_fact" as const, material: "key_fact" as const, front, back, explanation: "", difficulty: "easy" as const, source: { section: "", quote: "" },
});

const content: StudySetContent = {
  title: `<img src=x onerror="alert(1)"> Reefs`,
  flashcards: [card('=HYPERLINK("http://evil.example","click")', "a formula"), card("+1+2", "-3"), card("@SUM(A1)", "\tTabbed"), card("Plain “quotes” — dash", "safe")],
  questions: [],
};

describe("CSV exports are safe to open in a spreadsheet", () => {
  it("cells starting with = + - @ or a tab get a leading apostrophe, the file starts with a BOM, and import reads them back", async () => {
    const file = await exportStudySet(content, "csv");
    const text = String(file.bytes);
    expect(text.startsWith("\uFEFFFront,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[1].startsWith(`"'=HYPERLINK(`)).toBe(true);
    expect(lines[2]).toMatch(/^'\+1\+2,'-3,/);
    expect(lines[3]).toMatch(/^'@SUM\(A1\),'\tTabbed,/);
    expect(lines[4]).toMatch(/^Plain “quotes” — dash,safe,/);
    const back = importCards(text, { format: "csv" });
    expect(back.ok && back.value.flashcards.map((item) => [item.front, item.back])).toEqual([
      ['=HYPERLINK("http://evil.example","click")', "a formula"],
      ["+1+2", "-3"],
      ["@SUM(A1)", "Tabbed"],
      ["Plain “quotes” — dash", "safe"],
    ]);
  });

  it("a carriage return at the start of a cell is neutralised too", () => {
    expect(spreadsheetCsv(["A"], [["\r=1"]])).toBe("\uFEFFA\r\n\"'\r=1\"\r\n");
  });
});

describe("Anki package", () => {
  it("escapes HTML in the deck name taken from the title", async () => {
    const file = await exportStudySet(content, "apkg");
    const zip = await JSZip.loadAsync(file.bytes as Uint8Array);
    const SQL = await initSqlJs();
    const db = new SQL.Database(await zip.file("collection.anki2")!.async("uint8array"));
    const [result] = db.exec("SELECT decks FROM col");
    db.close();
    const names = Object.values(JSON.parse(String(result.values[0][0])) as Record<string, { name: string }>).map((deck) => deck.name);
    expect(names).toContain(`&lt;img src=x onerror="alert(1)"&gt; Reefs`);
    expect(names.join()).not.toContain("<img");
  });
});
