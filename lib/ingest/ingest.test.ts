import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { generateStudySet, readArticle } from "@/lib/generator";
import { IngestError, ingestFile, ingestPastedText } from "./index";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function structure(text: string) {
  const article = readArticle(text);
  const blocks = article.sections.flatMap((s) => s.blocks);
  return {
    title: article.title,
    headings: article.sections.map((s) => s.heading).filter(Boolean),
    tables: blocks.filter((b) => b.kind === "table"),
    experts: blocks.filter((b) => b.kind === "expert").map((b) => (b.kind === "expert" ? `${b.name} (${b.affiliation})` : "")),
    listItems: blocks.flatMap((b) => (b.kind === "list" ? b.items.map((i) => i.text) : [])),
  };
}

async function refusal(bytes: Uint8Array, name?: string): Promise<IngestError> {
  const error = await ingestFile(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("Word files", () => {
  it("keeps the headline, headings, lists, the table and the experts of a .docx made by LibreOffice", async () => {
    const read = await ingestFile(fixture("school-gardens.docx"), "school-gardens.docx");
    expect(read.format).toBe("docx");
    const found = structure(read.text);
    expect(found.title).toBe("School Gardens and What Pupils Eat");
    expect(found.headings).toEqual(["School Gardens and What Pupils Eat", "Key findings", "How the three programmes compare", "Timeline", "Expert views", "Recommendations"]);
    expect(found.tables).toHaveLength(1);
    const table = found.tables[0];
    expect(table.kind === "table" && table.header).toEqual(["Programme", "Time per week", "Cooking lessons", "Extra vegetable portions"]);
    expect(table.kind === "table" && table.rows.map((r) => r.cells[0])).toEqual(["Grow and Share", "Kitchen Garden Project", "Green Classrooms"]);
    expect(found.experts).toEqual(["Helen Marsh (University of Cumbria)", "Tomasz Nowak (Lake District Health Board)", "Priya Raman (National Schools Food Trust)"]);
    expect(found.listItems).toContain("A garden cost each school about £2,400 to set up and £600 a year to run.");
    expect(found.listItems).toContain("Fund gardens for five years rather than one, so the gains last.");
  });

  it("gives table items from a Word table", async () => {
    const set = generateStudySet((await ingestFile(fixture("school-gardens.docx"))).text);
    const tableItems = [...set.flashcards, ...set.questions].filter((item) => item.material === "table");
    expect(tableItems.length).toBeGreaterThan(3);
    expect(tableItems.some((item) => item.source.quote.includes("Kitchen Garden Project"))).toBe(true);
  });

  it("refuses a .docx cut off halfway as damaged", async () => {
    const error = await refusal(fixture("school-gardens-truncated.docx"), "school-gardens.docx");
    expect(error.code).toBe("corrupt_docx");
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/damaged/);
  });

  it("refuses a zip bomb before unpacking it whole", async () => {
    const started = process.memoryUsage().rss;
    const error = await refusal(fixture("zip-bomb.docx"), "report.docx");
    expect(error.code).toBe("zip_bomb");
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/zip bomb/);
    // It stops at the 64 MB budget rather than inflating all 100 MB (let alone converting it).
    expect(process.memoryUsage().rss - started).toBeLessThan(400 * 1024 * 1024);
  });

  it("names other office files instead of calling them damaged", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text");
    zip.file("content.xml", "<office:document-content/>");
    const error = await refusal(await zip.generateAsync({ type: "uint8array" }), "essay.docx");
    expect(error.code).toBe("unsupported");
    expect(error.message).toMatch(/OpenDocument/);
  });
});

describe("PDFs", () => {
  it("rebuilds the headline, headings, lists, the table and the experts from a PDF's layout", async () => {
    const read = await ingestFile(fixture("glacier-retreat.pdf"), "glacier-retreat.pdf");
    expect(read.format).toBe("pdf");
    const found = structure(read.text);
    expect(found.title).toBe("Why Alpine Glaciers Are Shrinking Faster");
    expect(found.headings).toEqual(["Why Alpine Glaciers Are Shrinking Faster", "Key findings", "Three glaciers compared", "Timeline", "Expert views", "What the valleys can do"]);
    expect(found.tables).toHaveLength(1);
    const table = found.tables[0];
    expect(table.kind === "table" && table.header).toEqual(["Glacier", "Canton", "Length lost since 1980", "Main threat"]);
    // The last row's first three cells come out of the PDF as one run of text: they are split at the columns.
    expect(table.kind === "table" && table.rows.map((r) => r.cells)).toEqual([
      ["Aletsch Glacier", "Valais", "1.3 kilometres", "Thinning of the tongue"],
      ["Rhône Glacier", "Valais", "0.9 kilometres", "Meltwater lake at the snout"],
      ["Morteratsch Glacier", "Graubünden", "2.9 kilometres", "Rockfall and debris cover"],
    ]);
    expect(found.experts).toEqual(["Matthias Huss (ETH Zurich)", "Andrea Fischer (Austrian Academy of Sciences)", "Daniel Farinotti (Swiss Federal Institute WSL)"]);
    // A list item wrapped over two lines in the PDF is one item again.
    expect(found.listItems).toContain("Swiss glaciers have lost about 10 percent of their volume in just two years, as much as between 1960 and 1990.");
    expect(found.listItems).toContain("Cover small ski-area glaciers with fleece blankets to slow the summer melt.");
  });

  it("gives table items from a PDF table", async () => {
    const set = generateStudySet((await ingestFile(fixture("glacier-retreat.pdf"))).text);
    expect(set.questions.some((q) => q.material === "table" && q.source.quote.includes("Morteratsch Glacier"))).toBe(true);
  });

  it("refuses a scanned PDF, naming the missing text layer", async () => {
    const error = await refusal(fixture("glacier-retreat-scanned.pdf"), "scan.pdf");
    expect(error.code).toBe("scanned_pdf");
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/no text layer/);
  });

  it("refuses a password-protected PDF", async () => {
    const error = await refusal(fixture("glacier-retreat-locked.pdf"), "locked.pdf");
    expect(error.code).toBe("encrypted_pdf");
    expect(error.message).toMatch(/password/);
  });

  it("refuses a damaged PDF", async () => {
    const whole = fixture("glacier-retreat.pdf");
    const error = await refusal(whole.subarray(0, 2000), "cut.pdf");
    expect(error.code).toBe("corrupt_pdf");
  });
});

describe("web pages", () => {
  const JUNK = [/cookie/i, /Accept all/, /Most read/, /Share this article/, /Advertisement/, /©|All rights reserved/, /Lena Hart/, /Published 14 March/, /Heatwave warning/, /Sign up/, /Subscribe/, /About us/, /_____/, /Photo:/, /Related/, /Business/];

  it("keeps only the article body of a saved page", async () => {
    const read = await ingestFile(fixture("night-trains-saved-page.html"), "page.html");
    expect(read.format).toBe("html");
    for (const junk of JUNK) expect(read.text).not.toMatch(junk);
    const found = structure(read.text);
    expect(found.title).toBe("Night trains are back in Europe. Can they last?");
    expect(found.headings).toEqual(["Night trains are back in Europe. Can they last?", "Key facts", "Three operators compared", "What the experts say"]);
    expect(found.tables).toHaveLength(1);
    expect(found.experts).toEqual(["Jon Worth (independent rail policy writer)", "Elena Rossi (Polytechnic University of Milan)", "Markus Weber (Austrian Federal Railways)"]);
    expect(read.text).toContain("Whether the revival lasts depends less on passengers");
  });

  it("finds the body with Readability when the page has no <article> or <main> to go by", () => {
    const html = readFileSync(path.join(FIXTURES, "night-trains-saved-page.html"), "utf8").replace(/<(\/?)(?:article|main)\b/g, "<$1div");
    const read = ingestPastedText(html);
    for (const junk of JUNK) expect(read.text).not.toMatch(junk);
    const found = structure(read.text);
    expect(found.title).toBe("Night trains are back in Europe. Can they last?");
    expect(found.tables).toHaveLength(1);
    expect(found.experts).toHaveLength(3);
    expect(read.text).toContain("Whether the revival lasts depends less on passengers");
  });

  it("makes no item out of page furniture", async () => {
    const set = generateStudySet((await ingestFile(fixture("night-trains-saved-page.html"))).text);
    const texts = [...set.flashcards.flatMap((c) => [c.front, c.back]), ...set.questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])])].join("\n");
    // (Blanks are "_____" in items, so the page's blanked <div class="_____"> is checked in the text above.)
    for (const junk of JUNK.filter((j) => j.source !== "_____")) expect(texts).not.toMatch(junk);
    expect(set.questions.some((q) => q.material === "table")).toBe(true);
  });

  it("reads HTML pasted into the text box as a page, not as text with tags", () => {
    const html = readFileSync(path.join(FIXTURES, "night-trains-saved-page.html"), "utf8");
    const body = html.slice(html.indexOf("<main>"), html.indexOf("</main>") + 7);
    const read = ingestPastedText(body);
    expect(read.format).toBe("html");
    expect(read.text).not.toMatch(/<\/?[a-z]/);
    expect(read.text).not.toMatch(/Most read|Heatwave/);
    expect(structure(read.text).tables).toHaveLength(1);
  });

  it("reads a short pasted fragment that Readability would give up on", () => {
    const read = ingestPastedText("<h2>Tides</h2><p>The Moon's gravity raises two bulges of water.</p><ul><li>Spring tides follow a full or new Moon.</li><li>Neap tides follow a quarter Moon.</li></ul>");
    expect(read.format).toBe("html");
    expect(read.text).toBe("## Tides\n\nThe Moon's gravity raises two bulges of water.\n\n- Spring tides follow a full or new Moon.\n- Neap tides follow a quarter Moon.");
  });
});

describe("choosing the reader by content", () => {
  it("reads a PDF renamed to .txt as a PDF, and a .docx renamed to .pdf as Word", async () => {
    expect((await ingestFile(fixture("glacier-retreat.pdf"), "notes.txt")).format).toBe("pdf");
    expect((await ingestFile(fixture("school-gardens.docx"), "notes.pdf")).format).toBe("docx");
  });

  it("passes text and Markdown through unchanged", async () => {
    const markdown = "# Tides\n\n- Spring tides follow a full Moon.\n- Neap tides follow a quarter Moon.\n";
    const read = await ingestFile(new TextEncoder().encode(markdown), "tides.md");
    expect(read).toEqual({ text: markdown, format: "markdown", notices: [] });
    expect(ingestPastedText("Tides rise twice a day.").format).toBe("text");
  });

  it("refuses pictures, old Word files and binary data with messages that say what they are", async () => {
    expect((await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "scan.png")).message).toMatch(/picture/);
    expect((await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "essay.doc")).message).toMatch(/\.doc\b/);
    const binary = await refusal(new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 255, 254]), "x.bin");
    expect(binary.code).toBe("binary");
    expect(binary.status).toBe(415);
    expect((await refusal(new Uint8Array(0), "empty.txt")).code).toBe("empty");
  });
});

describe("the saved readings in fixtures/read", () => {
  // The shared checker (check-generator.mjs) quotes-checks against the article file, so it runs on these.
  it.each(["school-gardens.docx", "glacier-retreat.pdf", "night-trains-saved-page.html"])("match what %s reads as today (rerun npm run ingest after a change)", async (name) => {
    const saved = readFileSync(path.join(FIXTURES, "read", `${name}.md`), "utf8");
    expect(`${(await ingestFile(fixture(name), name)).text}\n`).toBe(saved);
  });
});
