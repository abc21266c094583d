import type { Question } from "@/lib/generator/types";
import { seededShuffle, shuffleAwayFrom } from "./shuffle";

// What a learner may see of a question before answering it: the prompt and the options, never
// the answer, the accepted spellings, the pairs or items in their right order, the explanation or the source.

export type PublicQuestion =
  | { itemId: string; type: "multiple_choice"; prompt: string; choices: string[] }
  /** How many choices are right is not said: that would give part of the answer away. */
  | { itemId: string; type: "multiple_response"; prompt: string; choices: string[] }
  | { itemId: string; type: "true_false"; prompt: string }
  | { itemId: string; type: "fill_in"; prompt: string }
  | { itemId: string; type: "numeric"; prompt: string }
  | { itemId: string; type: "matching"; prompt: string; left: string[]; options: string[] }
  | { itemId: string; type: "ordering"; prompt: string; options: string[] };

/** Per question, the option order this attempt shows (choices, matching right side, or ordering items). */
export type ChoiceOrder = Record<string, string[]>;

/** The options of a question in an order that gives nothing away; `shuffleChoices` only affects multiple choice and multiple response. */
export function drawOptionOrder(question: Question, random: () => number, shuffleChoices: boolean): string[] | null {
  switch (question.type) {
    case "multiple_choice":
    case "multiple_response":
      return shuffleChoices ? seededShuffle(question.choices ?? [], random) : null;
    case "matching":
      return shuffleAwayFrom([...(question.pairs ?? []).map((pair) => pair.right), ...(question.distractors ?? [])], random);
    case "ordering":
      return shuffleAwayFrom(question.items ?? [], random);
    default:
      return null;
  }
}

export function toPublicQuestion(itemId: string, question: Question, order: string[] | undefined): PublicQuestion {
  const prompt = question.prompt;
  switch (question.type) {
    case "multiple_choice":
      return { itemId, type: "multiple_choice", prompt, choices: order ?? [...(question.choices ?? [])] };
    case "multiple_response":
      return { itemId, type: "multiple_response", prompt, choices: order ?? [...(question.choices ?? [])] };
    case "true_false":
      return { itemId, type: "true_false", prompt };
    case "fill_in":
      return { itemId, type: "fill_in", prompt };
    case "numeric":
      return { itemId, type: "numeric", prompt };
    case "matching":
      return {
        itemId,
        type: "matching",
        prompt,
        left: (question.pairs ?? []).map((pair) => pair.left),
        options: order ?? [...(question.pairs ?? []).map((pair) => pair.right), ...(question.distractors ?? [])].sort(),
      };
    case "ordering":
      return { itemId, type: "ordering", prompt, options: order ?? [...(question.items ?? [])].sort() };
  }
}
