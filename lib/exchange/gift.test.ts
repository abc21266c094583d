import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import type { Question } from "../generator/types";
import { loadSampleSet, SPECIAL_CHARACTERS } from "./fixtures";
import { escapeGift, questionNames } from "./gift";
import { exportStudySet, importGift, previewImport } from "./index";

const set = loadSampleSet();

async function giftText(questions: Question[] = set.questions): Promise<string> {
  const file = await exportStudySet({ ...set, questions }, "gift");
  if (typeof file.bytes !== "string") throw new Error("expected text");
  return file.bytes;
}

/** What a question asks and expects, without ids or provenance, which an import recreates. */
/** GIFT's ordering syntax has no place for general feedback: ordering explanations do not survive. */
const withoutOrderingExplanation = (question: Question) => (question.type === "ordering" ? { ...question, explanation: "" } : question);

function essence(question: Question) {
  return {
    type: question.type,
    prompt: question.prompt,
    choices: question.choices,
    answer: question.answer,
    accepted: question.accepted?.length ? question.accepted : undefined,
    pairs: question.pairs,
    items: question.items,
    explanation: question.explanation,
  };
}

function answerOf(parsed: GIFTQuestion): unknown {
  switch (parsed.type) {
    case "MC":
      return parsed.choices.find((choice) => choice.isCorrect)?.text.text;
    case "TF":
      return parsed.isTrue;
    case "Short":
      return parsed.choices.map((choice) => choice.text.text);
    case "Matching":
      return parsed.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer]);
    default:
      return undefined;
  }
}

function expectedAnswer(question: Question): unknown {
  switch (question.type) {
    case "fill_in":
      return [question.answer, ...(question.accepted ?? [])];
    case "matching":
      return question.pairs?.map((pair) => [pair.left, pair.right]);
    case "ordering":
      return question.items?.map((item, i) => [String(i + 1), item]);
    default:
      return question.answer;
  }
}

describe("GIFT export", () => {
  it("is read back by gift-pegjs with the same questions and answers", async () => {
    // gift-pegjs predates qtype_ordering's syntax; the ordering questions are checked by our importer below.
    const questions = set.questions.filter((question) => question.type !== "ordering");
    const parsed = parse(await giftText(questions)).filter((question) => question.type !== "Category");
    expect(parsed).toHaveLength(questions.length);
    const names = questionNames(questions);
    questions.forEach((question, i) => {
      const read = parsed[i];
      if (read.type === "Description") throw new Error(`${question.id} was read as a description`);
      expect(read.title).toBe(names[i]);
      expect(read.stem.text).toBe(question.prompt);
      expect(read.globalFeedback?.text).toBe(question.explanation);
      expect(answerOf(read), question.id).toEqual(expectedAnswer(question));
    });
  });

  it("keeps a leading %50%, a -> in a matching left side and a * in a short answer from turning into markup", async () => {
    const base = { material: "key_fact" as const, explanation: "", difficulty: "medium" as const, source: { section: "", quote: "" } };
    const questions: Question[] = [
      { ...base, id: "a", type: "multiple_choice", prompt: "Which discount?", choices: ["%50% off", "%10% off", "none"], answer: "%50% off" },
      { ...base, id: "b", type: "matching", prompt: "Match the arrows.", pairs: [{ left: "a -> b", right: "x -> y" }, { left: "c", right: "d" }] },
      { ...base, id: "c", type: "fill_in", prompt: "The wildcard is _____.", answer: "*" },
      { ...base, id: "d", type: "numeric", prompt: "How many?", answer: "12", tolerance: 0.5 },
    ];
    const text = await giftText(questions);
    expect(text).toContain("=%100%%50% off");
    expect(text).toContain("~%0%%10% off");
    expect(text).toContain("=a → b -> x -> y");
    expect(text).toContain("=\\*");
    expect(text).toContain("#12:0.5");
    expect(text).toContain("::Which discount?::");
    const result = importGift(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.questions.map((question) => question.answer ?? question.pairs)).toEqual([
      "%50% off",
      [{ left: "a → b", right: "x -> y" }, { left: "c", right: "d" }],
      "*",
      "12",
    ]);
  });

  it("names questions by the first words of their prompt, unique in the file", () => {
    const base = { ...set.questions[0], prompt: "What did the two Koreas agree at the summit held in the demilitarised zone in April?" };
    expect(questionNames([base, base, { ...base, prompt: "Short _____ one" }])).toEqual([
      "What did the two Koreas agree at the summit held…",
      "What did the two Koreas agree at the summit held… (2)",
      "Short … one",
    ]);
  });

  it("escapes every markup character", () => {
    expect(escapeGift("~=#{}:\\")).toBe("\\~\\=\\#\\{\\}\\:\\\\");
    expect(escapeGift("a\nb")).toBe("a\\nb");
  });

  it("round-trips each special character through gift-pegjs and through our importer", async () => {
    const questions: Question[] = SPECIAL_CHARACTERS.map((char, i) => ({
      ...set.questions[0],
      id: `special-${i}`,
      prompt: `Prompt with ${char} inside`,
      choices: [`right ${char} answer`, `wrong ${char} one`, "other"],
      answer: `right ${char} answer`,
      explanation: `Because ${char} matters`,
    }));
    const text = await giftText(questions);
    // GIFT has no escape for a tab: it is written as a space.
    const asGift = (value: unknown) => (typeof value === "string" ? value.replace(/\t/g, " ") : value);
    // gift-pegjs also collapses runs of spaces inside answers, as an HTML page would.
    const collapsed = (value: unknown) => (typeof value === "string" ? value.replace(/[ \t]+/g, " ") : value);
    const parsed = parse(text).filter((question) => question.type === "MC");
    expect(parsed.map((question) => answerOf(question))).toEqual(questions.map((question) => collapsed(question.answer)));
    expect(parsed.map((question) => question.stem.text)).toEqual(questions.map((question) => collapsed(question.prompt)));

    const imported = importGift(text);
    if (!imported.ok) throw new Error(imported.error);
    const expected = questions.map((question) => ({
      ...essence(question),
      prompt: asGift(question.prompt),
      answer: asGift(question.answer),
      choices: question.choices?.map(asGift),
      explanation: asGift(question.explanation),
    }));
    expect(imported.value.questions.map(essence)).toEqual(expected);
  });
});

describe("GIFT import", () => {
  it("round-trips the sample quiz: export, import, same questions", async () => {
    const result = importGift(await giftText());
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe(set.title);
    expect(result.value.questions.map(essence)).toEqual(set.questions.map(withoutOrderingExplanation).map(essence));
    for (const question of result.value.questions) {
      expect(question.source.section).toBe("Imported");
      expect(question.id).toMatch(/^q-[0-9a-f]{12}$/);
    }
  });

  it("gives stable ids from the content", async () => {
    const text = await giftText();
    const first = importGift(text);
    const second = importGift(text);
    if (!first.ok || !second.ok) throw new Error("import failed");
    expect(second.value.questions.map((q) => q.id)).toEqual(first.value.questions.map((q) => q.id));
  });

  it("reads hand-written GIFT in the styles of Moodle's documentation", () => {
    const text = [
      "// a comment",
      "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
      "",
      "Grant is {~buried =entombed ~living} in Grant's tomb.",
      "",
      "The sun rises in the east.{T}",
      "",
      "::Q4:: 2+2 equals? {FALSE#No, it is true.#Right.}",
      "",
      "Who's buried in Grant's tomb?{=no one =nobody}",
      "",
      "Match the capitals. {",
      "  =Canada -> Ottawa",
      "  =Italy  -> Rome",
      "  =Japan  -> Tokyo",
      "}",
      "",
      "What color is the sky? {~%50%blue =%100%azure#Yes! ~red####The sky is azure.}",
    ].join("\r\n");
    const result = importGift(text);
    if (!result.ok) throw new Error(result.error);
    const [mc, embedded, tf, tfFalse, short, matching, weighted] = result.value.questions;
    expect(mc).toMatchObject({ type: "multiple_choice", choices: ["Grant", "Jefferson", "no one"], answer: "no one" });
    expect(embedded).toMatchObject({ type: "multiple_choice", prompt: "Grant is _____ in Grant's tomb.", answer: "entombed" });
    expect(tf).toMatchObject({ type: "true_false", answer: true });
    expect(tfFalse).toMatchObject({ type: "true_false", answer: false, prompt: "2+2 equals?", explanation: "Right." });
    expect(short).toMatchObject({ type: "fill_in", answer: "no one", accepted: ["nobody"] });
    expect(matching.pairs).toEqual([
      { left: "Canada", right: "Ottawa" },
      { left: "Italy", right: "Rome" },
      { left: "Japan", right: "Tokyo" },
    ]);
    expect(weighted).toMatchObject({ answer: "azure", explanation: "The sky is azure." });
    expect(result.value.title).toBe("Imported set");
  });

  it("imports every question it can and reports the others with their line, the question and why", () => {
    const text = ["Good one {T}", "", "// comment", "Numbers? {#42}", "", "Essay {}", "", "Broken { =a", "", "Just a description."].join("\n");
    const preview = previewImport(text, { format: "gift" });
    expect(preview.rows.map((row) => [row.line, row.front, row.back])).toEqual([
      [1, "Good one", "True"],
      [4, "Numbers?", "42"],
    ]);
    expect(preview.skipped).toEqual([
      { line: 6, item: "Essay {}", message: "an essay question: the app cannot grade free text" },
      { line: 8, item: "Broken { =a", message: "the answer block is not closed with }" },
      { line: 10, item: "Just a description.", message: "a description with no answer block { … }, not a question" },
    ]);
    const result = importGift(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.questions.map((question) => question.type)).toEqual(["true_false", "numeric"]);
    expect(importGift("Essay {}\n\nOther {}")).toMatchObject({ ok: false, error: "Line 1: an essay question: the app cannot grade free text (and 1 more)" });
  });

  it("reads numerical answers with a tolerance, a range, and several answers with partial credit", () => {
    const text = [
      "::Pi:: What is pi to two places? {#3.14:0.005}",
      "",
      "Pick a number from 1 to 5. {#1..5}",
      "",
      "When was Ulysses S. Grant born? {#",
      "  =1822:0 # Correct! Full credit.",
      "  =%50%1822:2 # He was born in 1822. Half credit for being close.",
      "}",
      "",
      "How many legs has a spider? {#8####Arachnids have eight.}",
    ].join("\n");
    const result = importGift(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.questions.map(({ type, answer, tolerance, explanation }) => ({ type, answer, tolerance, explanation }))).toEqual([
      { type: "numeric", answer: "3.14", tolerance: 0.005, explanation: "" },
      { type: "numeric", answer: "3", tolerance: 2, explanation: "" },
      { type: "numeric", answer: "1822", tolerance: undefined, explanation: "Correct! Full credit.\nHe was born in 1822. Half credit for being close." },
      { type: "numeric", answer: "8", tolerance: undefined, explanation: "Arachnids have eight." },
    ]);
  });

  it("reads matching distractors, qtype_ordering's syntax, per-answer feedback and multiple response", () => {
    const text = [
      "Match the animals. {",
      "  =Dog -> Bark",
      "  =Cat -> Meow",
      "  =Cow -> Moo",
      "  = -> Quack",
      "}",
      "",
      "::Order:: Put these in order. {>3 ALL VERTICAL ABSOLUTE_POSITION SHOW 123",
      "First",
      "Second",
      "Third",
      "}",
      "",
      "Jesus Christ was from {",
      "  ~Jerusalem#This was an important city, but the wrong answer.",
      "  ~%25%Bethlehem#He was born here, but not raised here.",
      "  =Nazareth#Yes! That's right!",
      "}",
      "",
      "Which are primes? {~%50%2 ~%50%3 ~%-100%4}",
    ].join("\n");
    const preview = previewImport(text, { format: "gift" });
    expect(preview.skipped).toEqual([]);
    expect(preview.rows.at(-1)).toEqual({ line: 20, front: "Which are primes?", back: "2\n3" });
    const result = importGift(text);
    if (!result.ok) throw new Error(result.error);
    const [matching, ordering, choice, primes] = result.value.questions;
    // No `=` answer: Moodle reads each positive weight as one of several right answers.
    expect(primes).toMatchObject({ type: "multiple_response", choices: ["2", "3", "4"], answers: ["2", "3"] });
    expect(matching).toMatchObject({ type: "matching", distractors: ["Quack"] });
    expect(matching.pairs).toHaveLength(3);
    expect(ordering).toMatchObject({ type: "ordering", items: ["First", "Second", "Third"] });
    expect(choice).toMatchObject({
      type: "multiple_choice",
      answer: "Nazareth",
      explanation: "Yes! That's right!\nJerusalem: This was an important city, but the wrong answer.\nBethlehem: He was born here, but not raised here.",
    });
  });

  it("rejects a file with no questions", () => {
    const result = importGift("// only a comment\n\n$CATEGORY: tops\n");
    expect(result).toMatchObject({ ok: false, error: "No questions found in the file" });
  });

  it("names the line of a multiple-choice question without a right answer", () => {
    const preview = previewImport("First {T}\n\nSecond\n{\n~a\n~b\n}", { format: "gift" });
    expect(preview.skipped).toMatchObject([{ line: 3, message: "a multiple-choice question needs exactly one right answer" }]);
  });
});
