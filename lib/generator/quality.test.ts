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
        if (/percent/.test(answer) && (q.choices ?? []).some((c) => /\b(?:[1-9]\d{2,})\s*percent/.test(c))) odd.push(`${name}: ${q.choices?.join(" / ")}`);
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
