import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nameClass, sensibleSwap } from "./from-key-facts";
import { ArticleError, generateStudySet } from "./index";
import path from "node:path";
import { FIXTURES_DIR, bulletLines, covers, fixtureFiles, giveaways, nonVerbatimQuotes, readSample } from "./test-helpers";
import { normalizeForCompare } from "./text";
import type { StudySetContent } from "./types";

const sample = readSample();
const sampleSet = generateStudySet(sample);

// The same expectations the black-box checker reads: experts, table rows and bullet counts per article.
const EXPECTED: Record<string, { experts: string[]; rows: string[]; bullets: number }> = JSON.parse(
  readFileSync(path.join(FIXTURES_DIR, "../coverage-expect.json"), "utf8"),
);
/** Question types an article cannot give: nothing dated to order, or nothing to match. */
const MISSING_TYPES: Record<string, string[]> = {
  "cell-biology-study-guide.txt": ["ordering"],
  "personal-finance-glossary.md": ["ordering"],
  "telegraph-history.md": ["matching"],
  // Its dates are a span ("between April 2023 and October 2024"), a deadline and two plans: nothing to order.
  "river-microplastics-messy.txt": ["ordering"],
  // Two real events at most; the other dates are spans, starts ("desde 2010", "depuis l'hiver 2022") or plans.
  "battery-ageing-explainer.txt": ["ordering"],
  "glaciares-andes.es.md": ["ordering"],
  "renovation-energetique.fr.md": ["ordering"],
  "school-phone-ban.md": ["ordering"],
  // Prose only: no table, experts or headed points to match (its true/false come from who did what).
  "tardigrades-encyclopedia.md": ["matching"],
};

function quotedBullets(set: StudySetContent): Set<string> {
  return new Set([...set.flashcards, ...set.questions].map((item) => item.source.quote.replace(/\s+/g, " ").trim()));
}

function expectSoundSet(input: string, set: StudySetContent) {
  expect(set.title.trim().length).toBeGreaterThan(0);
  expect(nonVerbatimQuotes(input, set)).toEqual([]);
  expect(giveaways(set)).toEqual([]);
  const ids = [...set.flashcards, ...set.questions].map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  const prompts = set.questions.map((q) => normalizeForCompare(q.prompt));
  expect(new Set(prompts).size).toBe(prompts.length);
  for (const q of set.questions) {
    if (q.type === "multiple_choice") {
      const choices = (q.choices ?? []).map(normalizeForCompare);
      expect(choices.length).toBeGreaterThanOrEqual(3);
      expect(new Set(choices).size).toBe(choices.length);
      expect(q.choices).toContain(q.answer);
    }
    if (q.type === "fill_in") expect(q.prompt).toContain("_____");
    if (q.type === "matching") expect(q.pairs?.length).toBeGreaterThanOrEqual(3);
    if (q.type === "true_false") expect(typeof q.answer).toBe("boolean");
  }
  // Every bullet is the source of at least one item.
  const quotes = quotedBullets(set);
  for (const bullet of bulletLines(input)) expect([...quotes].some((q) => q.includes(bullet) || bullet.includes(q)), bullet).toBe(true);
}

describe("generateStudySet on the sample article", () => {
  it("keeps every rule: verbatim quotes, no giveaways, no duplicates, valid choices", () => {
    expectSoundSet(sample, sampleSet);
  });

  it("covers each expert, every row of both tables and the summary table's columns", () => {
    for (const name of ["Moon Seong-mook", "Leif-Eric Easley", "Kwak Gil-sup"]) expect(covers(sampleSet, name), name).toBe(true);
    for (const affiliation of ["Korea Research Institute", "Ewha Womans University", "One Korea Center"]) expect(covers(sampleSet, affiliation)).toBe(true);
    const cells = [
      "Suspended anti-North loudspeakers",
      "Rejected outright",
      "Continued alliance with U.S. military",
      "Public Sentiment in South",
      "Mixed—cautious optimism fading",
      "Pressure on Lee to act decisively",
      "North’s Global Position",
      "Increasingly aligned with Moscow",
    ];
    for (const cell of cells) expect(covers(sampleSet, cell), cell).toBe(true);
  });

  it("makes the table cards the issue describes", () => {
    const card = sampleSet.flashcards.find((c) => c.front === "North Korea’s Response to: Suspended anti-North loudspeakers");
    expect(card?.back).toBe("Called “temporary” and “reversible”");
    expect(card?.material).toBe("table");
  });

  it("asks when for both of its dated events, but does not order two events (their order would give itself away)", () => {
    const types = new Set(sampleSet.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(["fill_in", "matching", "multiple_choice", "true_false"]);
    const dates = sampleSet.questions.filter((q) => q.material === "timeline" && q.type === "fill_in").map((q) => q.answer);
    expect(dates).toEqual(expect.arrayContaining(["June 2025", "early 2024"]));
  });

  it("gives a sensible title and one key-fact card per bullet, not the bullet pasted twice", () => {
    expect(sampleSet.title).toBe("Kim Yo Jong issued a firm public rejection of reconciliation efforts");
    const keyFactCards = sampleSet.flashcards.filter((c) => c.material === "key_fact" && bulletLines(sample).some((b) => b === c.source.quote.trim()));
    expect(keyFactCards).toHaveLength(15);
    for (const card of keyFactCards) expect(normalizeForCompare(card.front)).not.toContain(normalizeForCompare(card.source.quote));
  });

  it("draws multiple-choice distractors from the same column and never another row's own answer", () => {
    const question = sampleSet.questions.find((q) => q.type === "multiple_choice" && q.prompt.includes("“Banned balloon leaflet campaigns”"));
    expect(question?.answer).toBe("Dismissed as insignificant");
    const responses = ["Called “temporary” and “reversible”", "Dismissed as insignificant", "Acknowledged but not appreciated", "Rejected outright", "Condemned as hostile and threatening"];
    for (const choice of question?.choices ?? []) expect(responses).toContain(choice);
    const expertQuestion = sampleSet.questions.find((q) => q.type === "multiple_choice" && q.material === "expert" && q.prompt.startsWith("Which expert"));
    expect([...(expertQuestion?.choices ?? [])].sort()).toEqual(["Kwak Gil-sup", "Leif-Eric Easley", "Moon Seong-mook"]);
  });

  it("makes false statements that really are false", () => {
    for (const q of sampleSet.questions.filter((x) => x.type === "true_false" && x.answer === false && x.material === "table")) {
      const [, label, shown] = q.prompt.match(/ “([^”]+)” is:? “?(.+?)”?\.$/) ?? [];
      const row = sample.split("\n").find((line) => line.includes(label));
      expect(row).toBeDefined();
      expect(row).not.toContain(shown);
    }
  });

  it("is deterministic, byte for byte", () => {
    expect(JSON.stringify(generateStudySet(sample))).toBe(JSON.stringify(sampleSet));
  });

  it("keeps ids stable when unrelated text changes", () => {
    const edited = generateStudySet(sample.replace("Final Thoughts", "Closing Thoughts"));
    const before = new Set(sampleSet.questions.filter((q) => q.material === "expert").map((q) => q.id));
    const after = edited.questions.filter((q) => q.material === "expert").map((q) => q.id);
    expect(after.filter((id) => before.has(id)).length).toBeGreaterThan(0);
  });
});

describe("generateStudySet on other articles of this shape", () => {
  for (const file of fixtureFiles()) {
    const name = file.split("/").pop() ?? file;
    it(`${name}: sound set covering every expert, row and bullet`, () => {
      const input = readFileSync(file, "utf8");
      const set = generateStudySet(input);
      expectSoundSet(input, set);
      const expected = EXPECTED[`fixtures/${name}`];
      expect(expected, `${name} is listed in coverage-expect.json`).toBeDefined();
      for (const phrase of [...expected.experts, ...expected.rows]) expect(covers(set, phrase), phrase).toBe(true);
      const missing = MISSING_TYPES[name] ?? [];
      const types = ["multiple_choice", "true_false", "matching", "fill_in", "ordering"].filter((t) => !missing.includes(t));
      expect([...new Set(set.questions.map((q) => q.type))].sort()).toEqual(types.sort());
    });
  }

  it("reads the same study material from the plain-text and Markdown variants", () => {
    const plain = generateStudySet(readFileSync(fixtureFiles().find((f) => f.endsWith("city-congestion.txt")) ?? "", "utf8"));
    const markdown = generateStudySet(readFileSync(fixtureFiles().find((f) => f.endsWith("city-congestion.md")) ?? "", "utf8"));
    const backs = (set: StudySetContent) => set.flashcards.filter((c) => c.material !== "key_fact").map((c) => c.back).sort();
    expect(backs(markdown)).toEqual(backs(plain));
  });
});

describe("odd input", () => {
  it("handles Windows line endings and smart quotes like the original", () => {
    const crlf = sample.replace(/\n/g, "\r\n");
    const set = generateStudySet(crlf);
    expect(set.flashcards.map((c) => c.front)).toEqual(sampleSet.flashcards.map((c) => c.front));
    expect(nonVerbatimQuotes(crlf, set)).toEqual([]);
    const straight = generateStudySet(sample.replace(/[“”]/g, '"').replace(/’/g, "'"));
    expect(covers(straight, "Called \"temporary\" and \"reversible\"")).toBe(true);
  });

  it("does not throw on headings with nothing under them, ragged tables or lone lines", () => {
    const odd = [
      "# Odd Article",
      "## Empty Heading",
      "## Data",
      "| Name | Value | Note |",
      "|---|---|",
      "| Alpha | 1 |",
      "| Beta | | extra | more |",
      "| Gamma | 3 | fine |",
      "## Experts",
      "**Ann Lee**, Some University",
      "**Bob Stone** – Other Institute",
      "## Notes",
      "- A single bullet about the International Space Station.",
      "- ",
      "*",
      "| lone | pipe",
    ].join("\n");
    expect(() => generateStudySet(odd)).not.toThrow();
    const set = generateStudySet(odd);
    expect(nonVerbatimQuotes(odd, set)).toEqual([]);
  });

  it("rejects empty, binary, oversized and unstudiable input with an ArticleError", () => {
    expect(() => generateStudySet("   \n\t ")).toThrow(ArticleError);
    expect(() => generateStudySet("abc\u0000def")).toThrow(/binary/);
    expect(() => generateStudySet("word ".repeat(300_000))).toThrow(/1 MB/);
    expect(() => generateStudySet("just some words without anything in particular")).toThrow(/nothing to study/i);
  });
});

describe("quality of generated wording", () => {
  it("never wraps a table cell that has its own quotes in more quotes", () => {
    const nested = [...sampleSet.questions.map((q) => q.prompt), ...sampleSet.flashcards.map((c) => c.front)].filter((t) => t.includes("““") || t.includes("””") || t.includes("“Called “"));
    expect(nested).toEqual([]);
  });

  it("rejects true/false swaps that repeat a word of the sentence or the term", () => {
    const fits = sensibleSwap("South Korea could strengthen its defense ties with the U.S. and Japan.", "South Korea");
    expect(fits("U.S.–South Korea")).toBe(false);
    expect(fits("North Korean")).toBe(false);
    expect(fits("Japan")).toBe(false);
    expect(fits("China")).toBe(true);
  });

  it("tells people from organisations and places by titles, the article's experts and institutional words", () => {
    const people = new Set(["moon", "seong-mook"].map(normalizeForCompare));
    expect(nameClass("President Lee", people)).toBe("person");
    expect(nameClass("Moon Seong-mook", people)).toBe("person");
    expect(nameClass("Korea Research Institute", people)).toBe("body");
    expect(nameClass("Demilitarized Zone", people)).toBe("body");
    expect(nameClass("Russia", people)).toBe("other");
  });

  it("offers a person for a person and a place for a place, never another name for the answer", () => {
    const countries = ["Russia", "China", "Japan", "U.S.", "South Korea", "North Korea"];
    const people = ["Lee", "President Lee", "President Lee Jae-myung", "Kim Jong Un", "Kim Yo Jong"];
    const byAnswer = (answer: string) =>
      sampleSet.questions.filter((q) => q.type === "multiple_choice" && q.answer === answer).flatMap((q) => q.choices ?? []);
    const forLee = byAnswer("Lee");
    expect(forLee.length).toBeGreaterThan(0);
    expect(forLee.filter((choice) => choice !== "Lee" && (countries.includes(choice) || choice.includes("Lee")))).toEqual([]);
    const forPlaces = ["Russia", "South Korea", "Japan", "China"].flatMap(byAnswer);
    expect(forPlaces.length).toBeGreaterThan(0);
    expect(forPlaces.filter((choice) => people.includes(choice) || choice === "Demilitarized Zone")).toEqual([]);
    const falseSwaps = sampleSet.questions
      .filter((q) => q.type === "true_false" && q.answer === false)
      .map((q) => /not “([^”]+)”/.exec(q.explanation)?.[1] ?? "");
    expect(falseSwaps.filter((swap) => people.includes(swap) || swap === "Demilitarized Zone")).toEqual([]);
  });

  it("states expert positions as reported statements, not “This expert expects …”", () => {
    const texts = sampleSet.questions.map((q) => q.prompt).join("\n");
    expect(texts).toContain("Which expert believes Pyongyang is setting impossible terms");
    const lunar = generateStudySet(readFileSync(fixtureFiles().find((f) => f.endsWith("lunar-lander.txt")) ?? "", "utf8"));
    const all = [...lunar.flashcards.flatMap((c) => [c.front, c.back]), ...lunar.questions.map((q) => q.prompt)].join("\n");
    expect(all).toContain("Which expert expects the ice measurements");
    expect(all).not.toMatch(/This expert expects/);
  });

  it("turns a glossary into definition cards and a terms ↔ definitions matching", () => {
    const guide = generateStudySet(readFileSync(fixtureFiles().find((f) => f.endsWith("cell-biology-study-guide.txt")) ?? "", "utf8"));
    expect(guide.flashcards.find((c) => c.front === "Define: Ribosome")?.back).toBe("a small structure made of RNA and protein that assembles amino acids into proteins");
    expect(guide.questions.some((q) => q.type === "matching" && q.prompt.startsWith("Match each term with its definition"))).toBe(true);
  });

  it("orders a three-date paragraph and quotes the passage that holds all its events", () => {
    const text = "# Grants\n\nNorthland launched its grant in January 2023. Eastmoor followed with a rebate in September 2023, and Westhaven introduced a tariff in May 2024.\n\n- A key point about the Nordic Energy Institute.\n";
    const set = generateStudySet(text);
    const ordering = set.questions.find((q) => q.type === "ordering");
    expect(ordering?.items).toEqual(["Northland launched its grant.", "Eastmoor followed with a rebate.", "Westhaven introduced a tariff."]);
    expect(ordering?.source.quote).toContain("Northland launched");
    expect(ordering?.source.quote).toContain("May 2024");
    expect(nonVerbatimQuotes(text, set)).toEqual([]);
  });
});
