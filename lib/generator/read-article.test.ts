import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { parseExpertLine, readArticle, type Block, type Section } from "./read-article";
import { readSample } from "./test-helpers";

function blocksOf(sections: Section[], kind: Block["kind"]) {
  return sections.flatMap((s) => s.blocks.filter((b) => b.kind === kind));
}

describe("readArticle", () => {
  const article = readArticle(readSample());

  it("finds the sample's headings, but not a list intro or a long lead paragraph", () => {
    const headings = article.sections.map((s) => s.heading);
    expect(headings).toContain("What Do Experts Say?");
    expect(headings).toContain("Summary: The Road Ahead");
    expect(headings).not.toContain("Key highlights from her remarks include:");
    expect(article.title).toBe("The Statement That Sparked Global Attention");
  });

  it("reads both tables, the lists and the three experts", () => {
    const tables = blocksOf(article.sections, "table");
    expect(tables.map((t) => (t.kind === "table" ? t.rows.length : 0))).toEqual([5, 4]);
    expect(blocksOf(article.sections, "list").flatMap((l) => (l.kind === "list" ? l.items : []))).toHaveLength(15);
    const experts = blocksOf(article.sections, "expert");
    expect(experts.map((e) => (e.kind === "expert" ? `${e.name} / ${e.affiliation}` : ""))).toEqual([
      "Moon Seong-mook / Korea Research Institute",
      "Leif-Eric Easley / Ewha Womans University",
      "Kwak Gil-sup / One Korea Center",
    ]);
  });

  it("parses expert lines with dashes, commas, parentheses and bold", () => {
    expect(parseExpertLine("Moon Seong-mook – Korea Research Institute")).toEqual({ name: "Moon Seong-mook", affiliation: "Korea Research Institute" });
    expect(parseExpertLine("**Priya Nair**, Harborview University")).toEqual({ name: "Priya Nair", affiliation: "Harborview University" });
    expect(parseExpertLine("Jim Bridenstine - Former NASA Administrator")?.affiliation).toBe("Former NASA Administrator");
    expect(parseExpertLine("Ann Lee (Some University)")?.name).toBe("Ann Lee");
    expect(parseExpertLine("He believes Pyongyang is setting impossible terms.")).toBeNull();
  });

  it("reads Markdown: # headings, bold headings, hard-wrapped paragraphs, tables with outer pipes", () => {
    const md = readArticle(
      "# Title Here\n\nA paragraph that wraps\nonto a second line.\n\n**Bold Heading**\n\n| A | B |\n|:--|--:|\n| x | y |\n| z |\n\n1. first\n2. second\n",
    );
    expect(md.title).toBe("Title Here");
    expect(md.sections.map((s) => s.heading)).toEqual(["Title Here", "Bold Heading"]);
    const paragraph = md.sections[0].blocks[0];
    expect(paragraph.kind === "paragraph" && paragraph.sentences).toEqual(["A paragraph that wraps onto a second line."]);
    const table = md.sections[1].blocks[0];
    expect(table.kind === "table" && table.rows.map((r) => r.cells)).toEqual([["x", "y"], ["z", ""]]);
  });

  it("keeps an empty section for a heading with nothing under it", () => {
    const doc = readArticle("Intro Heading\nSome text here.\nEmpty Part\nNext Part\n- a bullet point.\n");
    expect(doc.sections.map((s) => [s.heading, s.blocks.length])).toEqual([
      ["Intro Heading", 1],
      ["Empty Part", 0],
      ["Next Part", 1],
    ]);
  });
});

describe("findDates", () => {
  it("finds dates with months, seasons and bare years, but not figures or decades", () => {
    expect(findDates("amended in early 2024 and again on June 5, 2025").map((d) => d.text)).toEqual(["early 2024", "June 5, 2025"]);
    expect(findDates("landed on 16 January 2026").map((d) => [d.year, d.month, d.day])).toEqual([[2026, 1, 16]]);
    expect(findDates("cost 2024 million, by the 2040s, 1500%")).toEqual([]);
  });
});
