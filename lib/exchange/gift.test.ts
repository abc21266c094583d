import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import type { Question } from "../generator/types";
import { loadSampleSet, SPECIAL_CHARACTERS } from "./fixtures";
import { escapeGift } from "./gift";
import { exportStudySet, importGift } from "./index";

const set = loadSampleSet();

async function giftText(questions: Question[] = set.questions): Promise<string> {
  const file = await exportStudySet({ ...set, questions }, "gift");
  if (typeof file.bytes !== "string") throw new Error("expected text");
  return file.bytes;
}

/** What a question asks and expects, without ids or provenance, which an import recreates. */
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
    const parsed = parse(await giftText()).filter((question) => question.type !== "Category");
    expect(parsed).toHaveLength(set.questions.length);
    set.questions.forEach((question, i) => {
      const read = parsed[i];
      if (read.type === "Description") throw new Error(`${question.id} was read as a description`);
      expect(read.title).toBe(question.id);
      expect(read.stem.text).toBe(question.prompt);
      expect(read.globalFeedback?.text).toBe(question.explanation);
      expect(answerOf(read), question.id).toEqual(expectedAnswer(question));
    });
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
    expect(result.value.questions.map(essence)).toEqual(set.questions.map(essence));
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

  it("fails the whole file with the line of the first bad question", () => {
    const text = ["Good one {T}", "", "// comment", "Numbers? {#42}", "", "Essay {}", "", "Broken { =a"].join("\n");
    const result = importGift(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("Line 4: numerical questions are not supported (and 2 more)");
    expect(result.issues.map((issue) => issue.line)).toEqual([4, 6, 8]);
  });

  it("rejects a file with no questions", () => {
    const result = importGift("// only a comment\n\n$CATEGORY: tops\n");
    expect(result).toMatchObject({ ok: false, error: "No questions found in the file" });
  });

  it("names the line of a multiple-choice question without a right answer", () => {
    const result = importGift("First {T}\n\nSecond\n{\n~a\n~b\n}");
    expect(result).toMatchObject({ ok: false, error: "Line 3: a multiple-choice question needs exactly one right answer" });
  });
});
