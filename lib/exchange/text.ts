import type { Flashcard, Question } from "../generator/types";

/** Text formats hold one card per line: tabs and line breaks inside a field become spaces. */
export function toSingleLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ").trim();
}

/** A file name safe on every OS, from the set title. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "study-set";
}

const BLANK = /_{3,}/;

export function hasBlank(text: string): boolean {
  return BLANK.test(text);
}

/** Splits a prompt around its first `_____` blank. */
export function splitAtBlank(text: string): [before: string, after: string] | null {
  const match = BLANK.exec(text);
  if (!match) return null;
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

/** The right answer of a question as display text, for formats that only have a front and a back. */
export function questionAnswerText(question: Question): string {
  switch (question.type) {
    case "true_false":
      return question.answer === true ? "True" : "False";
    case "matching":
      return (question.pairs ?? []).map((pair) => `${pair.left} → ${pair.right}`).join("\n");
    case "ordering":
      return (question.items ?? []).map((item, i) => `${i + 1}. ${item}`).join("\n");
    case "multiple_response":
      return (question.answers ?? []).join("\n");
    case "numeric":
      return question.tolerance ? `${question.answer} ± ${question.tolerance}` : String(question.answer ?? "");
    default:
      return typeof question.answer === "string" ? question.answer : "";
  }
}

export type CardLike = Pick<Flashcard, "front" | "back">;

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…" };

/**
 * Text from a field that holds HTML (Anki notes, GIFT `[html]`, QTI and Moodle bodies). The result is
 * shown as text, never as markup, so stripping tags is enough to make it safe; scripts and styles lose
 * their content too, and block ends become line breaks.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
