// Wording patterns a teacher would have to fix by hand, checked on every fixture article (issue 12, section 2).

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formOf } from "./items";
import { generateStudySet } from "./index";
import { fixtureFiles, readSample } from "./test-helpers";
import type { StudySetContent } from "./types";

const articles: [string, StudySetContent][] = [
  ["sample-article.txt", generateStudySet(readSample())],
  ...fixtureFiles().map((file): [string, StudySetContent] => [path.basename(file), generateStudySet(readFileSync(file, "utf8"))]),
];

function setOf(name: string): StudySetContent {
  const found = articles.find(([n]) => n === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found[1];
}

describe("distractors of the same kind and form", () => {
  it("gives a figure or date only choices of its own form, and no share above 100 percent", () => {
    const odd: string[] = [];
    for (const [name, set] of articles) {
      for (const q of set.questions) {
        if (q.type !== "multiple_choice" || typeof q.answer !== "string" || !/\d/.test(q.answer) || q.answer.split(" ").length > 6) continue;
        const answer = q.answer;
        for (const choice of q.choices ?? []) if (formOf(choice) !== formOf(answer)) odd.push(`${name}: ${answer} vs ${choice}`);
        const overAHundred = (c: string) => (c.match(/[\d.]+(?=\s*percent)/g) ?? []).some((n) => Number(n) > 100);
        if (/percent/.test(answer) && (q.choices ?? []).some(overAHundred)) odd.push(`${name}: ${q.choices?.join(" / ")}`);
      }
    }
    expect(odd).toEqual([]);
  });

  it("never offers a date of another shape: a year against years, a month and year against months and years", () => {
    const telegraph = setOf("telegraph-history.md");
    const when = telegraph.questions.filter((q) => q.type === "multiple_choice" && q.prompt.startsWith("When?"));
    expect(when.length).toBeGreaterThan(5);
    for (const q of when) expect(new Set(q.choices?.map(formOf)).size, q.prompt).toBe(1);
  });
});

/** What a learner reads as the statement: the prompt without its "True or false:" style frame and list context. */
function statementOf(text: string): string {
  return text
    .replace(/^(?:fill in the (?:blank|date)|true or false|which completes the statement\?|when\?)\s*:?\s*(?:according to the table,\s*)?/i, "")
    .replace(/^[^:]{2,60}:\s+(?=[A-Z“"])/, (m) => (/_{3,}/.test(m) ? m : ""));
}

function statements(set: StudySetContent): string[] {
  return [
    ...set.flashcards.filter((c) => c.front.includes("_____")).map((c) => c.front),
    ...set.questions.filter((q) => q.type === "true_false" || q.prompt.includes("_____")).map((q) => q.prompt),
    ...set.questions.flatMap((q) => q.items ?? []),
  ].map(statementOf);
}

describe("context: every statement stands alone", () => {
  it("never starts with an unresolved It/She/They/This", () => {
    const leaning = articles.flatMap(([name, set]) =>
      statements(set)
        .filter((s) => /^(?:it|its|she|he|her|his|they|their|them|this|that|these|those)\b/i.test(s))
        .map((s) => `${name}: ${s}`),
    );
    expect(leaning).toEqual([]);
  });

  it("never states alone a sentence whose opening phrase points back (“In this state…”)", () => {
    const pointing = articles.flatMap(([name, set]) =>
      statements(set)
        .filter((s) => /^(?:In|At|By|For|From|After|Under|With|During|Of|On)\s+(?:this|these|that|those|such)\b/.test(s))
        .map((s) => `${name}: ${s}`),
    );
    expect(pointing).toEqual([]);
  });

  it("names the person or thing a pronoun stood for, from the sentences before it", () => {
    const harbor = setOf("harbor-desalination-dispute.txt");
    expect(harbor.flashcards.map((c) => c.front)).toContain(
      "Mayor Elena Ruiz said the board wanted a guaranteed _____ a year for agriculture, even in years when the city's own reservoirs run low.",
    );
    expect(statements(harbor).some((s) => s.startsWith("The vote also deepens a quarrel"))).toBe(true);
    const battery = setOf("battery-ageing-explainer.txt");
    expect(statements(battery).some((s) => s.startsWith("Iron phosphate cells’ drawback is a lower specific energy"))).toBe(true);
  });
});

describe("dates and blanks", () => {
  it("never blanks part of a token: a date's year, a decade's digits, a number glued to a unit", () => {
    const cut = articles.flatMap(([name, set]) =>
      [...set.flashcards.map((c) => c.front), ...set.questions.map((q) => q.prompt)]
        .filter((t) => /[\p{L}\p{N}][-–]?_{3,}|_{3,}(?!['’]s\b)[-–]?[\p{L}\p{N}]/u.test(t))
        .map((t) => `${name}: ${t}`),
    );
    expect(cut).toEqual([]);
  });

  it("reads ISO dates, decades and school years as whole dates", () => {
    const harbor = setOf("harbor-desalination-dispute.txt");
    expect(harbor.questions.some((q) => q.type === "fill_in" && q.answer === "2023-09-15")).toBe(true);
    const telegraph = setOf("telegraph-history.md");
    expect(telegraph.flashcards.some((c) => c.back === "1790s" && c.front.startsWith("In the _____, the French engineer Claude Chappe"))).toBe(true);
  });
});

describe("ordering", () => {
  const orderings = articles.flatMap(([name, set]) => set.questions.filter((q) => q.type === "ordering").map((q) => [name, q] as const));

  it("has at least three items, each a clean statement with no date left in it", () => {
    expect(orderings.length).toBeGreaterThan(5);
    for (const [name, q] of orderings) {
      expect(q.items?.length, `${name}: ${q.prompt}`).toBeGreaterThanOrEqual(3);
      for (const item of q.items ?? []) {
        expect(item, name).toMatch(/^[\p{Lu}"“]/u);
        expect(item, name).not.toMatch(/\s[,;]|[,;:]\s*[.?!]\s*$|\b(?:since|before|than|of|in|on|the|by|desde|de)\s*\.$/i);
      }
    }
  });

  it("orders only real events: not a comparison, a start or a deadline", () => {
    const harbor = orderings.filter(([name]) => name === "harbor-desalination-dispute.txt").flatMap(([, q]) => q.items ?? []);
    expect(harbor).toContain("Port Calder introduced mandatory water restrictions.");
    expect(harbor.some((item) => /quarrel|demand rising|simmered/.test(item))).toBe(false);
    const glaciers = orderings.filter(([name]) => name === "glaciares-andes.es.md").flatMap(([, q]) => q.items ?? []);
    expect(glaciers.some((item) => /megasequía|antes de/.test(item))).toBe(false);
  });
});

describe("true/false", () => {
  it("is about half false in every article with ten or more statements", () => {
    for (const [name, set] of articles) {
      const statements = set.questions.filter((q) => q.type === "true_false");
      if (statements.length < 10) continue;
      const share = statements.filter((q) => q.answer === true).length / statements.length;
      expect(share, `${name}: ${share}`).toBeGreaterThanOrEqual(0.35);
      expect(share, `${name}: ${share}`).toBeLessThanOrEqual(0.65);
    }
  });

  it("keys a false statement only against a value the article gives to something else", () => {
    for (const [name, set] of articles) {
      for (const q of set.questions.filter((x) => x.type === "true_false" && x.answer === false)) {
        expect(q.explanation, `${name}: ${q.prompt}`).toMatch(/^(?:False|Falso|Faux|Falsch) ?: /);
      }
    }
  });
});

describe("tables", () => {
  it("reads a transposed table (rows are measures, columns the options compared) along the right axis", () => {
    const school = setOf("school-phone-ban.md");
    const table = school.questions.filter((q) => q.material === "table");
    expect(table.map((q) => q.prompt)).toContain("True or false: according to the table, the change in discipline referrals for “Pilot schools” is “Down 28 percent”.");
    // A false statement swaps in the other option's value for the same measure, never another measure's.
    const falseOnes = table.filter((q) => q.answer === false);
    expect(falseOnes.length).toBeGreaterThan(0);
    for (const q of falseOnes) expect(q.prompt).toMatch(/(minutes lost .* “\d minutes”|cyberbullying .* “\d+ percent”|visits per week .* “[\d,]+”|referrals .* “(?:Up|Down) \d+ percent”)/);
  });
});

describe("wording on the Word fixture's text (lib/ingest/fixtures/read)", () => {
  const gardens = generateStudySet(readFileSync(path.resolve(import.meta.dirname, "../ingest/fixtures/read/school-gardens.docx.md"), "utf8"));
  const prompts = [...gardens.flashcards.map((c) => c.front), ...gardens.questions.map((q) => q.prompt)];

  it("never glues a section heading onto a whole-sentence key fact", () => {
    expect(prompts.filter((p) => p.includes("Key findings:"))).toEqual([]);
    expect(prompts).toContain("Fill in the blank: A garden cost each school about _____ to set up and £600 a year to run.");
    // An instruction is not a claim by itself: its heading still says what it is.
    expect(prompts).toContain("True or false: Recommendations: Give every primary school a weekly gardening lesson of at least 45 minutes.");
  });

  it("phrases table prompts for plural and counted columns as English", () => {
    expect(prompts.filter((p) => /what is the (?:Extra|extra) vegetable portions|what is the (?:Cooking|cooking) lessons/.test(p))).toEqual([]);
    expect(prompts).toContain("How many extra vegetable portions does the table give for “Grow and Share”?");
    expect(prompts).toContain("What does the table give as the cooking lessons for “Kitchen Garden Project”?");
    expect(prompts).toContain("According to the table, what is the time per week for “Green Classrooms”?");
    expect(prompts).toContain("Which programme has “45 minutes” as its time per week?");
    expect(prompts).toContain("True or false: according to the table, the cooking lessons for “Green Classrooms” are “None”.");
  });

  it("never swaps an age for a decimal measure, nor puts a range's start above its end", () => {
    const ages = gardens.questions.filter((q) => q.prompt.includes("children aged"));
    expect(ages.length).toBeGreaterThan(0);
    for (const q of ages) {
      expect(q.prompt).not.toMatch(/aged (?:\d+\.\d+|1\d|[2-9]\d) to 9/);
      for (const choice of q.choices ?? []) expect(Number(choice)).toBeLessThan(9);
    }
    const portions = gardens.questions.find((q) => q.type === "multiple_choice" && q.answer === "1.3");
    for (const choice of portions?.choices ?? []) expect(choice).toMatch(/^\d+\.\d$/);
  });

  it("keeps integers and decimals apart in the form of a figure", () => {
    expect(formOf("7")).not.toBe(formOf("1.3"));
    expect(formOf("£2,400")).toBe(formOf("£600"));
    expect(formOf("0.9 a day")).toBe(formOf("1.8 a day"));
  });
});

describe("list context", () => {
  it("glues no section heading onto dated timeline items or two-clause bullets", () => {
    const article = [
      "# How Iceland Heats Its Homes With Volcanic Water",
      "",
      "Iceland heats about 90 percent of its homes with geothermal water, and the change took less than a century.",
      "",
      "## Key facts",
      "",
      "- Geothermal plants supply about 25 percent of Iceland's electricity; hydropower supplies nearly all the rest.",
      "- The Hellisheidi power station has an installed capacity of 303 megawatts of electricity.",
      "",
      "## Timeline",
      "",
      "- 1930: The first district heating pipeline opens in Reykjavik.",
      "- 1973: The oil crisis prompts a national push for geothermal heating.",
      "- 1990: Nesjavellir power station begins producing electricity.",
      "- 2006: Hellisheidi and Reykjanes stations open.",
    ].join("\n");
    const prompts = generateStudySet(article).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /Key facts:|Timeline:/.test(p))).toEqual([]);
    expect(prompts.some((p) => p.includes("1930: The first district heating pipeline opens in"))).toBe(true);
    expect(prompts.some((p) => p.includes("Geothermal plants supply about _____ of Iceland's electricity"))).toBe(true);
  });

  it("drops a lead-in that only announces the list from blanks, and keeps an intro the item continues", () => {
    const sample = setOf("sample-article.txt");
    const prompts = sample.questions.map((q) => q.prompt);
    expect(prompts).toContain("Fill in the blank: Criticism of joint _____ military drills, describing them as preparations for war.");
    expect(prompts.some((p) => p.startsWith("Fill in the blank: Within weeks, his administration: Repatriated a group of _____ fishermen"))).toBe(true);
    expect(prompts).toContain("Fill in the blank: Hopes for _____ have dimmed.");
  });

  it("blanks a common word only when the article comes back to it", () => {
    const sample = setOf("sample-article.txt");
    expect(sample.questions.some((q) => q.type === "fill_in" && q.answer === "channels")).toBe(false);
    expect(sample.questions.some((q) => q.type === "fill_in" && q.answer === "dialogue")).toBe(true);
  });
});
