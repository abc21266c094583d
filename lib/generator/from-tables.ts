// Table rows: the first cell labels the row, each other column names a relation to it.

import type { Article, Table } from "./read-article";
import type { MatchingPair, Source } from "./types";
import { emptyItems, formOf, makeCard, makeMultipleChoice, makeQuestion, pickDistractors, trueFalsePair, type Items } from "./items";
import { cite, containsWords, normalizeForCompare, wordCount } from "./text";

/** " “value”", or ": value" when the value carries its own quotation marks (no nested quotes). */
function asValue(value: string): string {
  const cited = cite(value);
  return cited === value ? `: ${value}` : ` ${cited}`;
}

const MAX_MATCHING_PAIRS = 6;

/** "North Korea’s Response" relates *to* an action; most other columns are *for* the row. */
function preposition(header: string): string {
  if (/\b(?:response|reaction|reply|answer|retort|rebuttal)s?$/i.test(header)) return "to";
  if (/\b(?:say|says|said|think|thinks|argue|argues|view|views)$/i.test(header)) return "about";
  return /\b(?:by|from|with|in|on|at|of|to|for|per)$/i.test(header) ? "" : "for";
}

/** "Known for", "Used in": a header that reads as a verb phrase, asked as "what is X known for?". */
function endsWithPreposition(header: string): boolean {
  return /\s(?:for|by|in|on|at|with|from|to|as|of)$/i.test(header.trim());
}

function relationPhrase(header: string, prep: string): string {
  return prep ? `${header} ${prep}` : header;
}

/** "the Current Status", but "North Korea’s Response" (a possessive already determines it). */
function withArticle(header: string): string {
  return /\p{L}[’']s\b/u.test(header) ? header : `the ${header}`;
}

/**
 * How an English prompt names a column: "Current Status" → "current status" (a header in title case
 * is no proper name), but "North Korea’s Response" and "GDP" keep their capitals.
 */
function headerPhrase(header: string): string {
  const owner = header.match(/^(.+?\p{L}[’']s)\s+(.+)$/u);
  if (owner) return `${owner[1]} ${headerPhrase(owner[2])}`;
  if (/\b\p{Lu}{2,}\b/u.test(header) || wordCount(header) > 5) return header;
  return header.replace(/(^|\s)(\p{Lu})(?=\p{Ll})/gu, (_, space: string, c: string) => `${space}${c.toLowerCase()}`);
}

/** "South Korea’s action" → "of South Korea’s actions", so "Which …" and "each …" read as English. */
function ofOwner(phrase: string): string | null {
  const owner = phrase.match(/^(.+?\p{L}[’']s)\s+(.+)$/u);
  return owner ? `of ${owner[1]} ${owner[2].endsWith("s") ? owner[2] : `${owner[2]}s`}` : null;
}

/** "its current status", but "North Korea’s response" (a possessive already says whose). */
function itsRelation(phrase: string): string {
  return /\p{L}[’']s\b/u.test(phrase) ? phrase : `its ${phrase}`;
}

/** "Cooking lessons", "Extra vegetable portions": a plural header, which "what is the … for" would misread. */
function isPluralHeader(header: string): boolean {
  // The head noun comes before "of"/"per" ("Share of particles" is one share).
  const head = header.trim().split(/\s+(?:of|per|in|for|by)\s+/u)[0].split(/\s+/).pop() ?? "";
  return !/\p{L}[’']s\b/u.test(header) && /\p{Ll}{2,}s$/u.test(head) && !/(?:ss|us|is|ics|sis|news|series|status)$/u.test(head);
}

/** "Where it stands", "What changed": a header that is a clause, not a noun, so "the … for" cannot take it. */
function isClauseHeader(header: string): boolean {
  return /^(?:where|what|how|who|when|why|which|whether)\b/iu.test(header.trim());
}

/** Every cell of the column is a figure ("0.9 a day", "1.8 a day"): the column counts something. */
function isCountColumn(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^(?:about |around |nearly )?\d[\d.,]*(?:\s|$)/u.test(c));
}

type Phrasing = { forward: (label: string) => string; statement: (label: string, shown: string) => string };

/** English prompts for a plural column: "How many extra vegetable portions does the table give for “X”?" */
function pluralPhrasing(relation: string, counts: boolean): Phrasing {
  const phrase = headerPhrase(relation);
  return {
    forward: (label) =>
      counts ? `How many ${phrase} does the table give for ${cite(label)}?` : `What does the table give as the ${phrase} for ${cite(label)}?`,
    statement: (label, shown) => `True or false: according to the table, the ${phrase} for ${cite(label)} are ${cite(shown)}.`,
  };
}

/** A clause header is named as written: "What does the table give under “Where it stands” for “Cost sharing”?" */
function clausePhrasing(header: string): Phrasing {
  return {
    forward: (label) => `What does the table give under ${cite(header)} for ${cite(label)}?`,
    statement: (label, shown) => `True or false: according to the table, ${cite(header)} for ${cite(label)} is ${cite(shown)}.`,
  };
}

function englishPhrasing(header: string, cells: string[]): Phrasing | null {
  if (endsWithPreposition(header)) return null;
  if (isClauseHeader(header)) return clausePhrasing(header);
  return isPluralHeader(header) ? pluralPhrasing(header, isCountColumn(cells)) : null;
}

function columnName(table: Table, column: number): string {
  return table.header[column] || `Column ${column + 1}`;
}

function chunk<T>(values: T[], size: number): T[][] {
  const count = Math.ceil(values.length / size);
  const even = Math.ceil(values.length / Math.max(count, 1));
  return Array.from({ length: count }, (_, i) => values.slice(i * even, (i + 1) * even));
}

function cellItems(table: Table, heading: string, seed: string, english: boolean): Items {
  const items = emptyItems();
  const labelName = columnName(table, 0);
  const labelPhrase = english ? headerPhrase(labelName) : labelName;
  for (const row of table.rows) {
    const label = row.cells[0];
    if (!label) continue;
    const source: Source = { section: heading, quote: row.raw };
    for (let column = 1; column < table.header.length; column++) {
      const cell = row.cells[column];
      if (!cell) continue;
      const header = columnName(table, column);
      const relation = english ? headerPhrase(header) : header;
      const prep = preposition(relation);
      const explanation = `In the table under ${cite(heading)}, the ${labelName} ${cite(label)} has ${header}${asValue(cell)}.`;
      const columnCells = table.rows.map((r) => r.cells[column]).filter(Boolean);
      const plural = english ? englishPhrasing(header, columnCells) : null;
      const rowSeed = `${seed}:${row.raw}:${column}`;

      const verbal = endsWithPreposition(relation);
      const front = verbal ? `${label}: ${header}…` : `${relationPhrase(header, prep)}: ${label}`;
      items.flashcards.push(makeCard({ kind: "table_cell", material: "table", front, back: cell, explanation, source }));
      const forwardPrompt = plural
        ? plural.forward(label)
        : verbal
          ? `According to the table, what is ${cite(label)} ${relation.toLowerCase()}?`
          : `According to the table, what is ${relationPhrase(withArticle(relation), prep)} ${cite(label)}?`;
      const forward = makeMultipleChoice(
        { material: "table", prompt: forwardPrompt, answer: cell, explanation, source },
        columnCells,
        `${rowSeed}:mc`,
      );
      if (forward) items.questions.push(forward);
      if (column === 1) {
        const backwardPrompt = verbal
          ? `Which ${labelPhrase} is ${relation.toLowerCase()}${asValue(cell)}?`
          : plural
            ? `Which ${ofOwner(labelPhrase) ?? labelPhrase} has ${cite(cell)} under ${cite(header)}?`
            : english
              ? cite(cell) === cell
                ? `Which ${ofOwner(labelPhrase) ?? labelPhrase} has ${relation}: ${cell}?`
                : `Which ${ofOwner(labelPhrase) ?? labelPhrase} has ${cite(cell)} as ${itsRelation(relation)}?`
              : `Which ${labelPhrase} has ${withArticle(relation)}${asValue(cell)}?`;
        // Rows whose cell overlaps this one ("Present" / "Present, made of cellulose") would be right too.
        const others = table.rows.filter((r) => r !== row && !containsWords(r.cells[column] ?? "", cell) && !containsWords(cell, r.cells[column] ?? ""));
        const backward = makeMultipleChoice(
          { material: "table", prompt: backwardPrompt, answer: label, explanation, source },
          [label, ...others.map((r) => r.cells[0]).filter(Boolean)],
          `${rowSeed}:mc-back`,
        );
        if (backward) items.questions.push(backward);
      }
      items.questions.push(...trueFalseForCell({ relation, prep, label, cell, columnCells, explanation, source, seed: rowSeed, plural }));
    }
  }
  return items;
}

function trueFalseForCell(fields: {
  relation: string;
  prep: string;
  label: string;
  cell: string;
  columnCells: string[];
  explanation: string;
  source: Source;
  seed: string;
  plural: Phrasing | null;
}) {
  const { relation, prep, label, cell, explanation, source, plural } = fields;
  const swap = pickDistractors(cell, fields.columnCells, `${fields.seed}:tf-swap`, 1)[0];
  const statement = (shown: string, answer: boolean, why: string) => {
    const prompt = plural
      ? plural.statement(label, shown)
      : endsWithPreposition(relation)
      ? `True or false: according to the table, ${cite(label)} is ${relation.toLowerCase()}${asValue(shown)}.`
      : `True or false: according to the table, ${relationPhrase(withArticle(relation), prep)} ${cite(label)} is${asValue(shown)}.`;
    return makeQuestion({ type: "true_false", material: "table", prompt, answer, explanation: why, source });
  };
  const falsehood = swap ? statement(swap, false, `False: ${cite(swap)} belongs to another row. ${explanation}`) : undefined;
  return trueFalsePair(`${fields.seed}:tf`, statement(cell, true, explanation), falsehood);
}

function matchingItems(table: Table, heading: string, english: boolean): Items {
  const items = emptyItems();
  const labelName = english ? headerPhrase(columnName(table, 0)) : columnName(table, 0);
  const quote = table.rawLines.join("\n");
  for (let column = 1; column < table.header.length; column++) {
    const relation = english ? headerPhrase(columnName(table, column)) : columnName(table, column);
    const pairs = uniquePairs(table.rows.map((r) => ({ left: r.cells[0], right: r.cells[column] })));
    const groups = pairs.length >= 3 ? chunk(pairs, MAX_MATCHING_PAIRS) : [];
    groups.forEach((group, index) => {
      const part = groups.length > 1 ? ` (part ${index + 1})` : "";
      items.questions.push(
        makeQuestion({
          type: "matching",
          material: "table",
          prompt: endsWithPreposition(relation)
            ? `Match each ${labelName} with its entry under ${cite(relation)}${part}.`
            : english
              ? `Match each ${ofOwner(labelName) ?? labelName} with ${itsRelation(relation)}${part}.`
              : `Match each ${labelName} with its ${relation}${part}.`,
          pairs: group,
          explanation: `From the table under ${cite(heading)}.`,
          source: { section: heading, quote },
        }),
      );
    });
  }
  return items;
}

/** Pairs whose left and right sides are each unique, so a matching has one right answer. */
function uniquePairs(pairs: MatchingPair[]): MatchingPair[] {
  const lefts = new Set<string>();
  const rights = new Set<string>();
  return pairs.filter(({ left, right }) => {
    const l = normalizeForCompare(left);
    const r = normalizeForCompare(right);
    if (!l || !r || lefts.has(l) || rights.has(r)) return false;
    lefts.add(l);
    rights.add(r);
    return true;
  });
}

const ATTRIBUTE_HEADER =
  /^(?:question|feature|features|attribute|criterion|criteria|metric|indicator|item|aspect|category|specification|spec|property|characteristic|factor|dimension|medida|indicador|aspecto|critère|indicateur|caractéristique|merkmal|kriterium|kennzahl)?$/i;

/**
 * A transposed table: its rows are attributes ("Share of construction cost") and its columns the
 * options compared ("City", "Board"). Told by an attribute header over the first column, or by rows
 * whose cells share one form while the forms change from row to row.
 */
export function isTransposed(table: Table): boolean {
  if (table.header.length < 3 || table.rows.length < 2) return false;
  if (ATTRIBUTE_HEADER.test(table.header[0].trim())) return true;
  const options = table.rows.map((r) => r.cells.slice(1).filter(Boolean).map(valueForm));
  const rowsAgree = options.every((forms) => forms.every((f) => f === forms[0]));
  const columnForms = new Set(options.map((forms) => forms[0] ?? ""));
  return rowsAgree && columnForms.size >= Math.min(3, table.rows.length) && options.some((forms) => forms[0]?.includes("#"));
}

/** The form of a value without its direction or hedge: "Down 28 percent" and "Up 3 percent" are both "# percent". */
function valueForm(cell: string): string {
  return formOf(cell.replace(/^(?:up|down|about|around|nearly|almost|over|under|roughly|more than|less than|at least|at most)\s+/i, ""));
}

/** "Change in discipline referrals" → "change in discipline referrals"; acronyms and names keep their capitals. */
function asNounPhrase(label: string): string {
  return /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*)*(?:\s|$)/u.test(label) && !/\s\p{Lu}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Items for a transposed table: each cell is the value of one attribute (row) for one option (column). */
function transposedItems(table: Table, heading: string, seed: string): Items {
  const items = emptyItems();
  for (const row of table.rows) {
    const attribute = row.cells[0];
    if (!attribute) continue;
    const source: Source = { section: heading, quote: row.raw };
    const attributePhrase = asNounPhrase(attribute);
    for (let column = 1; column < table.header.length; column++) {
      const cell = row.cells[column];
      const option = table.header[column];
      if (!cell || !option) continue;
      const explanation = `In the table under ${cite(heading)}, ${cite(option)} has ${attributePhrase}${asValue(cell)}.`;
      const sameRow = row.cells.slice(1).filter((c, i) => c && i + 1 !== column);
      const rowSeed = `${seed}:${row.raw}:${column}`;
      items.flashcards.push(makeCard({ kind: "table_cell", material: "table", front: `${attribute}: ${option}`, back: cell, explanation, source }));
      const choice = makeMultipleChoice(
        { material: "table", prompt: `According to the table, what is the ${attributePhrase} for ${cite(option)}?`, answer: cell, explanation, source },
        sameRow,
        `${rowSeed}:mc`,
      );
      if (choice) items.questions.push(choice);
      const statement = (shown: string, answer: boolean, why: string) =>
        makeQuestion({
          type: "true_false",
          material: "table",
          prompt: `True or false: according to the table, the ${attributePhrase} for ${cite(option)} is${asValue(shown)}.`,
          answer,
          explanation: why,
          source,
        });
      const swap = pickDistractors(cell, sameRow, `${rowSeed}:tf-swap`, 1)[0];
      const falsehood = swap ? statement(swap, false, `False: ${cite(swap)} is another column’s entry. ${explanation}`) : undefined;
      items.questions.push(...trueFalsePair(`${rowSeed}:tf`, statement(cell, true, explanation), falsehood));
    }
  }
  return items;
}

export function tableItems(article: Article, seed: string): Items {
  const items = emptyItems();
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "table" || block.header.length < 2 || !block.rows.length) continue;
      const english = article.language === "en";
      const parts = isTransposed(block) ? [transposedItems(block, section.heading, seed)] : [cellItems(block, section.heading, seed, english), matchingItems(block, section.heading, english)];
      for (const made of parts) {
        items.flashcards.push(...made.flashcards);
        items.questions.push(...made.questions);
      }
    }
  }
  return items;
}
