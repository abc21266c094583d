import { describe, expect, it } from "vitest";
import { MIN_STUDENTS, analyseItems, correlation, expertOfQuote, masteryBySource, optionOf, type AnalysedAttempt, type AnalysedQuestion } from "./item-analysis";

// A hand-computed example: five students S1 (strongest) … S5 (weakest), four questions, everyone shown all four.
//   q1 multiple choice, key "Seoul":   S1–S4 right, S5 picked "Busan".
//   q2 true/false, key True:           S1–S3 right, S4 and S5 answered False.
//   q3 fill-in, key "1953":            S1, S2 right; S3 typed "1950", S4 gave no answer, S5 typed "1950".
//   q4 multiple choice keyed "Geneva", a deliberately wrong key: the strong S1–S3 picked the true answer
//      "Panmunjom" (marked wrong), the weak S4, S5 picked "Geneva" (marked right).
// Scores: S1 3, S2 3, S3 2, S4 2, S5 1 (out of 4). "Rest" = score minus the item, out of the 3 others;
// correlation is unchanged by dividing every rest by 3, so the arithmetic below uses the counts.
//
// q1: x = [1,1,1,1,0], rest = [2,2,1,1,1]; means 0.8, 1.4
//     deviations x [.2,.2,.2,.2,-.8], rest [.6,.6,-.4,-.4,-.4]
//     Σdxdy = .12+.12-.08-.08+.32 = .40; Σdx² = 4(.04)+.64 = .80; Σdy² = .36+.36+3(.16) = 1.20
//     r = .40 / √(.80 × 1.20) = .40 / .979796 = 0.408248
// q2: x = [1,1,1,0,0], rest = [2,2,1,2,1]; means 0.6, 1.6
//     Σdxdy = .16+.16-.24-.24+.36 = .20; Σdx² = 1.20; Σdy² = 1.20; r = .20 / 1.20 = 0.166667
// q3: x = [1,1,0,0,0], rest = [2,2,2,2,1]; means 0.4, 1.8
//     Σdxdy = .12+.12-.08-.08+.32 = .40; Σdx² = 1.20; Σdy² = .80; r = 0.408248
// q4: x = [0,0,0,1,1], rest = [3,3,2,1,0]; means 0.4, 1.8
//     deviations x [-.4,-.4,-.4,.6,.6], rest [1.2,1.2,.2,-.8,-1.8]
//     Σdxdy = -.48-.48-.08-.48-1.08 = -2.60; Σdx² = 1.20; Σdy² = 1.44+1.44+.04+.64+3.24 = 6.80
//     r = -2.60 / √(1.20 × 6.80) = -2.60 / 2.856571 = -0.910182
// Facility: q1 4/5 = .8, q2 3/5 = .6, q3 2/5 = .4, q4 2/5 = .4.

const source = (section: string, quote: string) => ({ section, quote });
const questions: AnalysedQuestion[] = [
  { itemId: "q1", prompt: "Capital of South Korea?", type: "multiple_choice", material: "key_fact", choices: ["Seoul", "Busan", "Incheon"], answerText: "Seoul", source: source("Background", "Seoul is the capital.") },
  { itemId: "q2", prompt: "The armistice was signed.", type: "true_false", material: "timeline", choices: [], answerText: "True", source: source("History", "An armistice was signed.") },
  { itemId: "q3", prompt: "The armistice was signed in ___.", type: "fill_in", material: "timeline", choices: [], answerText: "1953", source: source("History", "It was signed in 1953.") },
  { itemId: "q4", prompt: "Where was it signed?", type: "multiple_choice", material: "key_fact", choices: ["Panmunjom", "Geneva", "Seoul"], answerText: "Geneva", source: source("History", "It was signed at Panmunjom.") },
];

const all = ["q1", "q2", "q3", "q4"];
function student(answers: [string, unknown, boolean][]): AnalysedAttempt {
  return { presented: all, answers: answers.map(([itemId, response, correct]) => ({ itemId, response: JSON.stringify(response), correct })) };
}
const attempts = [
  student([["q1", "Seoul", true], ["q2", true, true], ["q3", "1953", true], ["q4", "Panmunjom", false]]),
  student([["q1", "Seoul", true], ["q2", true, true], ["q3", "1953", true], ["q4", "Panmunjom", false]]),
  student([["q1", "Seoul", true], ["q2", true, true], ["q3", "1950", false], ["q4", "Panmunjom", false]]),
  student([["q1", "Seoul", true], ["q2", false, false], ["q4", "Geneva", true]]),
  student([["q1", "Busan", false], ["q2", false, false], ["q3", "1950", false], ["q4", "Geneva", true]]),
];

describe("analyseItems on the hand-computed example", () => {
  const stats = analyseItems(questions, attempts);
  const byId = Object.fromEntries(stats.map((item) => [item.question.itemId, item]));

  it("gives each question's facility from the students shown it", () => {
    expect(stats.map((item) => item.facility)).toEqual([0.8, 0.6, 0.4, 0.4]);
    expect(stats.map((item) => item.students)).toEqual([5, 5, 5, 5]);
    expect(byId.q3.answered).toBe(4);
  });

  it("gives the corrected item-total point-biserial", () => {
    expect(byId.q1.discrimination).toBeCloseTo(0.408248, 5);
    expect(byId.q2.discrimination).toBeCloseTo(0.166667, 5);
    expect(byId.q3.discrimination).toBeCloseTo(0.408248, 5);
    expect(byId.q4.discrimination).toBeCloseTo(-0.910182, 5);
  });

  it("gives every option's share, the key marked, in the order the choices were written", () => {
    expect(byId.q1.options).toEqual([
      { option: "Seoul", picked: 4, share: 0.8, isKey: true },
      { option: "Busan", picked: 1, share: 0.2, isKey: false },
      { option: "Incheon", picked: 0, share: 0, isKey: false },
    ]);
    expect(byId.q2.options).toEqual([
      { option: "True", picked: 3, share: 0.6, isKey: true },
      { option: "False", picked: 2, share: 0.4, isKey: false },
    ]);
    expect(byId.q3.options).toEqual([
      { option: "1953", picked: 2, share: 0.4, isKey: true },
      { option: "1950", picked: 2, share: 0.4, isKey: false },
      { option: "(no answer)", picked: 1, share: 0.2, isKey: false },
    ]);
    expect(byId.q4.options.map((option) => [option.option, option.picked, option.isKey])).toEqual([
      ["Panmunjom", 3, false],
      ["Geneva", 2, true],
      ["Seoul", 0, false],
    ]);
  });

  it("flags the wrong key and nothing else", () => {
    expect(byId.q4.flags).toEqual(["negative_discrimination", "distractor_beats_key"]);
    expect([byId.q1.flags, byId.q2.flags, byId.q3.flags]).toEqual([[], [], []]);
  });
});

describe("analyseItems with few students or different draws", () => {
  it("gives no figures or flags below the minimum, only the count", () => {
    const [q1] = analyseItems(questions, attempts.slice(0, MIN_STUDENTS - 1));
    expect(q1).toMatchObject({ students: MIN_STUDENTS - 1, correct: 2, facility: null, discrimination: null, flags: [] });
  });

  it("counts only the students shown a question, with the rest of the score as a share of their own draw", () => {
    const drawn: AnalysedAttempt[] = [
      { presented: ["q1", "q2"], answers: [{ itemId: "q1", response: '"Seoul"', correct: true }, { itemId: "q2", response: "true", correct: true }] },
      { presented: ["q1", "q3", "q4"], answers: [{ itemId: "q1", response: '"Busan"', correct: false }, { itemId: "q3", response: '"1953"', correct: true }] },
      { presented: ["q1", "q2", "q3"], answers: [{ itemId: "q1", response: '"Seoul"', correct: true }, { itemId: "q2", response: "false", correct: false }] },
      { presented: ["q2", "q3"], answers: [{ itemId: "q2", response: "true", correct: true }, { itemId: "q3", response: '"1953"', correct: true }] },
    ];
    const [q1, q2] = analyseItems(questions, drawn);
    // q1 shown to the first three: x = [1,0,1]; rest shares = [1/1, 1/2, 0/2] = [1, .5, 0]
    // means 2/3, 1/2; Σdxdy = (1/3)(.5) + (-2/3)(0) + (1/3)(-.5) = 0 → r = 0
    expect(q1.students).toBe(3);
    expect(q1.facility).toBeCloseTo(2 / 3, 10);
    expect(q1.discrimination).toBeCloseTo(0, 10);
    // q2 shown to 1st, 3rd, 4th: x = [1,0,1]; rest = [1/1, 1/2, 1/1] = [1,.5,1]
    // means 2/3, 5/6; Σdxdy = (1/3)(1/6)+(-2/3)(-1/3)+(1/3)(1/6) = 1/18+4/18+1/18 = 1/3
    // Σdx² = 1/9+4/9+1/9 = 2/3; Σdy² = 1/36+4/36+1/36 = 1/6; r = (1/3)/√(1/9) = 1
    expect(q2.discrimination).toBeCloseTo(1, 10);
  });

  it("gives no discrimination when everyone scored the item alike", () => {
    const same = attempts.map((attempt) => ({ ...attempt, answers: attempt.answers.map((answer) => (answer.itemId === "q1" ? { ...answer, response: '"Seoul"', correct: true } : answer)) }));
    const [q1] = analyseItems(questions, same);
    expect(q1.facility).toBe(1);
    expect(q1.discrimination).toBeNull();
    expect(q1.flags).toEqual(["too_easy"]);
  });
});

describe("correlation and optionOf", () => {
  it("computes Pearson's r and refuses constant variables", () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it("names the option a stored answer stands for", () => {
    expect(optionOf("true")).toBe("True");
    expect(optionOf('"  Seoul "')).toBe("Seoul");
    expect(optionOf('""')).toBe("(no answer)");
    expect(optionOf('["b","a"]')).toBe("b → a");
    expect(optionOf('[{"left":"x","right":"1"},{"left":"y","right":"2"}]')).toBe("x → 1; y → 2");
  });
});

describe("masteryBySource", () => {
  it("ranks the article's sections and kinds of material by the share answered wrong", () => {
    const groups = masteryBySource(analyseItems(questions, attempts));
    // History/timeline: q2 2 wrong + q3 3 wrong of 10 = .5; History/key_fact: q4 3 of 5 = .6; Background: 1 of 5 = .2
    expect(groups.map((group) => [group.section, group.material, group.wrong, group.shown])).toEqual([
      ["History", "key_fact", 3, 5],
      ["History", "timeline", 5, 10],
      ["Background", "key_fact", 1, 5],
    ]);
    expect(groups[1].items.map((item) => item.itemId)).toEqual(["q3", "q2"]);
    expect(groups[1].items[0].quote).toBe("It was signed in 1953.");
  });
});

describe("re-teach by named expert", () => {
  const experts = [
    { name: "Terry Hughes", raw: "**Terry Hughes** – James Cook University" },
    { name: "Ruth Gates", raw: "**Ruth Gates — Hawaii Institute of Marine Biology**" },
  ];
  const hughes = "**Terry Hughes** – James Cook University\nHe argues that only rapid cuts in emissions can help.";
  const gates = "**Ruth Gates — Hawaii Institute of Marine Biology**\nShe believed that super corals could buy decades.";
  const expertQuestion = (itemId: string, quote: string, type = "true_false"): AnalysedQuestion => ({
    itemId,
    prompt: `About ${itemId}`,
    type,
    material: "expert",
    choices: [],
    answerText: "True",
    source: source("What scientists say", quote),
  });

  it("names the expert whose name line the quote starts with, and none for a matching over several", () => {
    expect(expertOfQuote(expertQuestion("e1", hughes), experts)).toBe("Terry Hughes");
    expect(expertOfQuote(expertQuestion("e2", gates), experts)).toBe("Ruth Gates");
    expect(expertOfQuote(expertQuestion("e3", "According to Ruth Gates, corals adapt."), experts)).toBe("Ruth Gates");
    expect(expertOfQuote(expertQuestion("e4", hughes, "matching"), experts)).toBeNull();
    expect(expertOfQuote(expertQuestion("e5", "Reefs cover 1% of the sea floor."), experts)).toBeNull();
  });

  it("groups expert questions of one section by expert, ranked by the share wrong", () => {
    // Three students. Hughes: e1 1 wrong of 3, e2 0 of 3 → 1 of 6; Gates: e3 2 of 3.
    const asked = [
      { ...expertQuestion("e1", hughes), expert: "Terry Hughes" },
      { ...expertQuestion("e2", hughes), expert: "Terry Hughes" },
      { ...expertQuestion("e3", gates), expert: "Ruth Gates" },
    ];
    const shownAll = (answers: [string, boolean][]): AnalysedAttempt => ({
      presented: ["e1", "e2", "e3"],
      answers: answers.map(([itemId, correct]) => ({ itemId, response: JSON.stringify(correct), correct })),
    });
    const groups = masteryBySource(
      analyseItems(asked, [
        shownAll([["e1", true], ["e2", true], ["e3", true]]),
        shownAll([["e1", true], ["e2", true], ["e3", false]]),
        shownAll([["e1", false], ["e2", true], ["e3", false]]),
      ]),
    );
    expect(groups.map((group) => [group.expert, group.wrong, group.shown])).toEqual([
      ["Ruth Gates", 2, 3],
      ["Terry Hughes", 1, 6],
    ]);
  });
});

describe("analyseItems on a multiple-response question", () => {
  const primes: AnalysedQuestion = {
    itemId: "mr",
    prompt: "Which are primes?",
    type: "multiple_response",
    material: "key_fact",
    choices: ["2", "3", "4", "9"],
    answerText: "2; 3",
    keys: ["2", "3"],
    source: source("Numbers", "2 and 3 are primes."),
  };
  const ticked = (response: unknown, correct: boolean): AnalysedAttempt => ({ presented: ["mr"], answers: [{ itemId: "mr", response: JSON.stringify(response), correct }] });

  it("counts how many ticked each choice, every right choice a key, and flags a wrong choice ticked more than a key", () => {
    const [stats] = analyseItems([primes], [ticked(["2", "3"], true), ticked(["2", "9"], false), ticked(["2", "9"], false), { presented: ["mr"], answers: [] }]);
    expect(stats.facility).toBe(0.25);
    expect(stats.options.map((option) => [option.option, option.picked, option.isKey])).toEqual([
      ["2", 3, true],
      ["3", 1, true],
      ["4", 0, false],
      ["9", 2, false],
      ["(no answer)", 1, false],
    ]);
    expect(stats.flags).toContain("distractor_beats_key");
  });
});
