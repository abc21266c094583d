import { describe, expect, it } from "vitest";
import { emptyFilter, filterOptions, matchesFilter, type ReviewEntry } from "./review-filter";

const entries: ReviewEntry[] = [
  { kind: "question", index: 0, id: "q1", type: "true_false", material: "table", section: "Regions", flagged: false, kept: false },
  { kind: "question", index: 1, id: "q2", type: "true_false", material: "key_fact", section: "Causes", flagged: true, kept: false },
  { kind: "question", index: 2, id: "q3", type: "multiple_choice", material: "table", section: "Regions", flagged: false, kept: true },
  { kind: "card", index: 0, id: "c1", type: "cloze", material: "table", section: "Regions", flagged: true, kept: false },
];
const ids = (filter: typeof emptyFilter) => entries.filter((entry) => matchesFilter(entry, filter)).map((entry) => entry.id);

describe("review filters", () => {
  it("combine type, material, section and flagged (a bulk action acts on exactly these)", () => {
    expect(ids(emptyFilter)).toEqual(["q1", "q2", "q3", "c1"]);
    expect(ids({ ...emptyFilter, type: "true_false", section: "Regions" })).toEqual(["q1"]);
    expect(ids({ ...emptyFilter, material: "table" })).toEqual(["q1", "q3", "c1"]);
    expect(ids({ ...emptyFilter, type: "flashcard" })).toEqual(["c1"]);
    expect(ids({ ...emptyFilter, flaggedOnly: true })).toEqual(["q2", "c1"]);
    expect(ids({ ...emptyFilter, status: "kept" })).toEqual(["q3"]);
    expect(ids({ ...emptyFilter, status: "to_review" })).toEqual(["q1", "q2", "c1"]);
  });

  it("offers only the values the draft has", () => {
    expect(filterOptions(entries)).toEqual({ types: ["true_false", "multiple_choice", "flashcard"], materials: ["table", "key_fact"], sections: ["Regions", "Causes"] });
  });
});
