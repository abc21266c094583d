// Prose sections with no bullets or tables still give items (issue 12, section 2 "Prose").

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateStudySet } from "./index";
import { FIXTURES_DIR, nonVerbatimQuotes, readSample } from "./test-helpers";
import type { Question } from "./types";

const fixture = (name: string) => readFileSync(path.join(FIXTURES_DIR, name), "utf8");
const sample = readSample();
const sampleSet = generateStudySet(sample);
const prose = (questions: Question[]) => questions.filter((q) => q.material === "prose");

describe("prose items", () => {
  it("asks which of a section's headed paragraphs a passage describes, with the sibling headings as the other choices", () => {
    const reasons = [
      "Internal Power Consolidation",
      "Fear of Cultural Infiltration",
      "Alignment With Russia",
      "Undermining U.S.–South Korea Unity",
    ];
    const which = prose(sampleSet.questions).filter((q) => q.type === "multiple_choice" && q.prompt.startsWith("Which of the reasons under “Strategic Motivations Behind Pyongyang’s Rejection”"));
    expect(which.map((q) => q.answer).sort()).toEqual([...reasons].sort());
    for (const q of which) expect([...(q.choices ?? [])].sort()).toEqual([...reasons].sort());
    const fear = which.find((q) => q.answer === "Fear of Cultural Infiltration");
    expect(fear?.prompt).toContain("“The South’s democratic values, entertainment, and economic prosperity present a threat to North Korea’s isolated system.”");
    const matching = prose(sampleSet.questions).find((q) => q.type === "matching");
    expect(matching?.pairs?.map((p) => p.left)).toEqual(reasons);
  });

  it("gives each prose section's key claim, against the claims of other prose sections", () => {
    const set = generateStudySet(fixture("tardigrades-encyclopedia.md"));
    const claims = prose(set.questions).filter((q) => q.type === "multiple_choice" && /^Under “.+”, which statement does the article make\?$/.test(q.prompt));
    expect(claims.map((q) => q.prompt.match(/“(.+)”/)?.[1])).toEqual(["Description", "Discovery and naming", "Cryptobiosis", "Ecology", "Tardigrades in space", "Evolution"]);
    const ecology = claims.find((q) => q.prompt.includes("“Ecology”"));
    expect(ecology?.answer).toBe("Tardigrades are most common in the thin film of water that coats mosses and lichens, where a single gram of moss can hold hundreds of individuals.");
    // The other choices are other sections' claims, not fragments of this one.
    for (const q of claims) for (const c of q.choices ?? []) expect(c).toMatch(/^\p{Lu}.+\.$/u);
  });

  it("drops a connective that only ties the claim to the sentence before", () => {
    const doctrine = prose(sampleSet.questions).find((q) => q.prompt === "Under “North Korea’s Evolving Strategic Doctrine”, which statement does the article make?");
    expect(doctrine?.answer).toBe("North Korea’s constitution was amended in early 2024 to remove “peaceful reunification” as a goal and instead declared South Korea a permanent enemy.");
  });

  it("asks for the cause the article gives, with causes from other sections as distractors", () => {
    const set = generateStudySet(fixture("urban-heat-explainer.md"));
    const why = prose(set.questions).find((q) => q.prompt === "What reason does the article give for this: “Heat waves are deadlier in cities”?");
    expect(why?.answer).toBe("Night-time temperatures stay high and bodies never get a chance to recover");
    expect(why?.choices).toContain("Coal fires burned in almost every London home");
    // An effect from the same section ("The air between them cools…") could be a reason too: never offered.
    expect(why?.choices).not.toContain("The air between them cools much more slowly at night");
    const led = set.flashcards.find((c) => c.front === "According to the article, what did the 2003 European heat wave lead to?");
    expect(led?.back).toBe("More than 70,000 deaths, many of them among older people living alone in top-floor flats");
    const battery = generateStudySet(fixture("battery-ageing-explainer.txt"));
    const card = battery.flashcards.find((c) => c.front === "What reason does the article give for this: “Iron phosphate cells, known as LFP cells, last longer than nickel-rich cells”?");
    expect(card?.back).toBe("Their cathode changes shape very little as ions move in and out");
  });

  it("ends a group of headed paragraphs where Markdown's heading levels end it", () => {
    const set = generateStudySet(fixture("urban-heat-explainer.md"));
    const matching = prose(set.questions).find((q) => q.type === "matching");
    expect(matching?.pairs?.map((p) => p.left)).toEqual(["Dark surfaces", "Waste heat", "Missing greenery"]);
    const claims = prose(set.questions).filter((q) => /^Under “.+”, which statement/.test(q.prompt)).map((q) => q.prompt.match(/“(.+?)”/)?.[1]);
    expect(claims).toEqual(["How it works", "Why it matters", "How the effect was discovered", "What cities are doing"]);
  });

  it("asks who did what for people named in prose, and a false statement names another person", () => {
    const set = generateStudySet(fixture("telegraph-history.md"));
    const who = set.flashcards.find((c) => c.material === "prose" && c.front.startsWith("In the 1790s, who built a network of optical telegraph towers"));
    expect(who?.back).toBe("Claude Chappe");
    const tardigrades = generateStudySet(fixture("tardigrades-encyclopedia.md"));
    const statements = prose(tardigrades.questions).filter((q) => q.type === "true_false");
    expect(statements.some((q) => q.answer === true) || statements.some((q) => q.answer === false)).toBe(true);
    for (const q of statements.filter((s) => s.answer === false)) expect(q.explanation).toMatch(/^False: the article says “(?:Johann August Ephraim Goeze|Lazzaro Spallanzani)”, not “/);
    // "A cable under the English Channel began working" is not a person doing something.
    expect(set.flashcards.some((c) => c.material === "prose" && c.back === "English Channel")).toBe(false);
  });

  it("quotes every prose item verbatim and keys it to its sentence", () => {
    for (const [input, set] of [
      [sample, sampleSet],
      [fixture("battery-ageing-explainer.txt"), generateStudySet(fixture("battery-ageing-explainer.txt"))],
    ] as const) {
      const items = [...set.flashcards, ...set.questions].filter((i) => i.material === "prose");
      expect(items.length).toBeGreaterThan(5);
      for (const item of items) expect(item.sourceKey).toMatch(/^s-/);
      expect(nonVerbatimQuotes(input, { ...set, flashcards: [], questions: prose(set.questions) })).toEqual([]);
    }
  });

  it("leaves articles in other languages to the other builders (the cues are English words)", () => {
    const set = generateStudySet(fixture("glaciares-andes.es.md"));
    expect([...set.flashcards, ...set.questions].filter((i) => i.material === "prose")).toEqual([]);
  });
});
