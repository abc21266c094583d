import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { parseExpertLine, readArticle, type Block, type Section } from "./read-article";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURES_DIR, readSample } from "./test-helpers";

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
    // No title line: the lead sentence's main clause names the article, not the first section heading.
    expect(article.title).toBe("Kim Yo Jong issued a firm public rejection of reconciliation efforts");
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
    expect(parseExpertLine("Moon Seong-mook – Korea Research Institute")).toEqual({ name: "Moon Seong-mook", affiliation: "Korea Research Institute", position: "" });
    expect(parseExpertLine("**Priya Nair**, Harborview University")).toEqual({ name: "Priya Nair", affiliation: "Harborview University", position: "" });
    expect(parseExpertLine("Jim Bridenstine - Former NASA Administrator")?.affiliation).toBe("Former NASA Administrator");
    expect(parseExpertLine("Ann Lee (Some University)")?.name).toBe("Ann Lee");
    expect(parseExpertLine("He believes Pyongyang is setting impossible terms.")).toBeNull();
  });

  it("parses one-line expert positions: dash, parentheses, bold name and a titled name", () => {
    expect(parseExpertLine("Ann Lee – Some University: She warns that the plan will fail.")).toEqual({
      name: "Ann Lee",
      affiliation: "Some University",
      position: "She warns that the plan will fail.",
    });
    expect(parseExpertLine("Ann Lee (Some University): the plan will fail within a year.")?.affiliation).toBe("Some University");
    expect(parseExpertLine("**Omar Haddad**, Gulf Energy Forum: Haddad argues that prices will stay high.")?.position).toBe("Haddad argues that prices will stay high.");
    expect(parseExpertLine("Dr. Jane Okafor, Professor of Ecology at Lagos University")).toEqual({
      name: "Dr. Jane Okafor",
      affiliation: "Professor of Ecology at Lagos University",
      position: "",
    });
    expect(parseExpertLine("The Report, Published Today")).toBeNull();
  });

  it("takes an expert line outside an experts section only when a position follows it", () => {
    const doc = readArticle("# Update\n\n**Ann Lee**, Some University: Lee argues that the plan will fail.\n\nNew York, United States\n\nA line.\n");
    const experts = doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === "expert"));
    expect(experts.map((e) => (e.kind === "expert" ? [e.name, e.position, e.inline] : []))).toEqual([["Ann Lee", "Lee argues that the plan will fail.", true]]);
  });

  it("reads a plain name line as an expert when the next paragraph opens with the expert and a verb", () => {
    const doc = readArticle("# Reactions to the Vote\n\nTomasz Nowak, European Rivers Network\nNowak argues that the limit comes too late.\n");
    const experts = doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === "expert"));
    expect(experts.map((e) => (e.kind === "expert" ? e.affiliation : ""))).toEqual(["European Rivers Network"]);
  });

  it("drops back matter: See also and References lists are not study material", () => {
    const doc = readArticle("# T\n\nBody.\n\n## See also\n\n- [Movable type](https://example.org)\n\n## References\n\n1. Someone (1980). A Book.\n");
    expect(doc.sections.filter((s) => s.blocks.length).map((s) => s.heading)).toEqual(["T"]);
  });

  it("titles an article without a title line from its lead sentence, not its first section heading", () => {
    expect(readArticle("The city council voted on Tuesday to keep the congestion charge, which began in 2024, for two more years.\nBackground\nText.\n").title).toBe(
      "The city council voted on Tuesday to keep the congestion charge",
    );
    expect(readArticle("**A Bold Title**\n\nBody text here.\n").title).toBe("A Bold Title");
    expect(readArticle("Short lead line.\n\n## Later Heading\n\nText.\n").title).toBe("Short lead line");
  });

  it("reads blockquotes, wrapped list items, code fences and single-dash alignment rows", () => {
    const doc = readArticle(
      "# T\n\n> Quoted line one.\n> Quoted line two.\n\n- An item that wraps\n  onto the next line.\n- Second item.\n\n```\n| not | a | table |\n```\n\n| A | B |\n|:-|-:|\n| x | y |\n",
    );
    const blocks = doc.sections[0].blocks;
    expect(blocks.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.raw : ""))).toEqual(["Quoted line one.", "Quoted line two."]);
    const list = blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items.map((i) => i.text)).toEqual(["An item that wraps onto the next line.", "Second item."]);
    const tables = blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => (t.kind === "table" ? t.rows.map((r) => r.cells) : []))).toEqual([[["x", "y"]]]);
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
  it("finds dates with months, seasons, bare years, ISO dates and decades, but not figures", () => {
    expect(findDates("amended in early 2024 and again on June 5, 2025").map((d) => d.text)).toEqual(["early 2024", "June 5, 2025"]);
    expect(findDates("landed on 16 January 2026").map((d) => [d.year, d.month, d.day])).toEqual([[2026, 1, 16]]);
    expect(findDates("cost 2024 million, 1500%")).toEqual([]);
    expect(findDates("by the 2040s, on 2023-09-15, in the 2024–25 school year").map((d) => [d.text, d.shape])).toEqual([
      ["2040s", "decade"],
      ["2023-09-15", "iso"],
      ["2024–25", "span"],
    ]);
    expect(findDates("el 12 de marzo de 2024, le 1er janvier 2025, am 15. März 2024").map((d) => [d.year, d.month, d.day])).toEqual([
      [2024, 3, 12],
      [2025, 1, 1],
      [2024, 3, 15],
    ]);
  });
});

describe("the article's title", () => {
  it("is the whole headline line, however long, and the headline is not glued onto the lead", () => {
    const text = readFileSync(path.join(FIXTURES_DIR, "harbor-desalination-dispute.txt"), "utf8");
    const article = readArticle(text);
    expect(article.title).toBe("Port Calder's Council Rejects the Regional Water Board's Offer to Share the Costs of a New Desalination Plant");
    const lead = article.sections[0].blocks[0];
    expect(lead.kind === "paragraph" && lead.sentences[0].startsWith("Port Calder's city council voted 7 to 2")).toBe(true);
  });

  it("is the first `# ` heading even after a byline", () => {
    const article = readArticle("By Ana Ruiz, staff writer\n\n# Night Trains Return to the Alps After Twenty Years of Absence\n\nThe first night train in two decades left Zurich on Sunday. It reached Vienna at dawn.\n");
    expect(article.title).toBe("Night Trains Return to the Alps After Twenty Years of Absence");
  });
});

describe("experts quoted in prose", () => {
  it("finds “…,” said Dr. X, a role at Y, and According to X, a role at Y, claim", () => {
    const article = readArticle(readFileSync(path.join(FIXTURES_DIR, "school-phone-ban.md"), "utf8"));
    const experts = article.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "expert" ? [b] : [])));
    expect(experts.map((e) => [e.name, e.affiliation, e.role])).toEqual([
      ["Hannah Weiss", "Lakeshore University", "a developmental psychologist"],
      ["Marcus Bell", "Center for Safe Campuses", "a school-safety consultant"],
      ["Tomás Arroyo", "Northfield Parents Council", undefined],
    ]);
    expect(experts[0].position).toBe("The research on attention is consistent: the mere presence of a phone costs students focus.");
    expect(experts[1].position).toBe("schools should plan for emergencies without relying on students' own phones.");
  });

  it("finds them in Spanish and French: según, explicó, selon, a déclaré", () => {
    const names = (file: string) =>
      readArticle(readFileSync(path.join(FIXTURES_DIR, file), "utf8")).sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "expert" ? [`${b.name} / ${b.affiliation}`] : [])));
    expect(names("glaciares-andes.es.md")).toEqual([
      "Lucía Ferreyra / Universidad de Cuyo",
      "Andrés Molina / Centro de Estudios del Agua de Santiago",
      "Carmen Rojas / Instituto de Investigaciones Agropecuarias",
    ]);
    expect(names("renovation-energetique.fr.md")).toEqual(["Claire Dubois / Centre d'études du bâtiment de Lyon", "Mathieu Garnier / Université de Lorvaux"]);
  });
});
