// Expert positions: who said what, and who is affiliated where.

import type { Article, Expert } from "./read-article";
import type { MatchingPair, Source } from "./types";
import { emptyItems, makeCard, makeMultipleChoice, makeQuestion, pickDistractors, trueFalsePair, type Items } from "./items";
import { cite, displayText, escapeRegExp, normalizeForCompare, trimTerminalPunctuation } from "./text";

const MAX_MATCHING_PAIRS = 6;
const REPORTING_VERBS =
  "believes|suggests|argues|theori[sz]es|says|said|thinks|contends|warns|notes|claims|maintains|predicts|cautions|" +
  "stresses|asserts|sees|observes|emphasi[sz]es|adds|explains|fears|doubts|points out|insists|estimates|told \\w+";

type Position = { expert: Expert; claim: string; predicate: string; source: Source };

function nameTokensOf(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((t) => t.length > 2 && /^\p{Lu}/u.test(t) && !/^(?:Dr|Prof|Mr|Mrs|Ms)\.?$/.test(t))
    .map(escapeRegExp);
}

function hideName(text: string, name: string, replacement: string): string {
  let hidden = text.replace(new RegExp(escapeRegExp(name), "g"), replacement);
  for (const token of nameTokensOf(name)) hidden = hidden.replace(new RegExp(`(?<![\\p{L}])${token}(?![\\p{L}])`, "gu"), replacement);
  return hidden;
}

function subjectPattern(name: string): string {
  const titled = nameTokensOf(name).map((t) => `(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\\.?\\s+)?${t}`);
  return ["He", "She", "The expert", escapeRegExp(name), ...titled].join("|");
}

/**
 * The position as a reported statement about its expert: "She expects the ice to…" →
 * "expects the ice to…", so prompts read "Which expert expects the ice to…?". "" when the
 * sentence does not open with the expert (or a pronoun) and a verb.
 */
export function predicateOf(position: string, name: string): string {
  const text = trimTerminalPunctuation(displayText(position));
  const match = text.match(new RegExp(`^(?:${subjectPattern(name)})\\s+((?:\\p{Ll}+ly\\s+)?\\p{Ll}[\\p{L}’'-]*\\s+\\S.*)$`, "u"));
  if (!match || /^(?:and|or|but|who|which|that|of|in|at)\s/.test(match[1])) return "";
  return hideName(match[1], name, "this expert");
}

/** "He believes Pyongyang is..." → "Pyongyang is...", with the expert's own name hidden. */
export function claimOf(position: string, name: string): string {
  const attribution = new RegExp(`^(?:${subjectPattern(name)}|They)\\s+(?:\\p{L}+ly\\s+)?(?:${REPORTING_VERBS})\\s*(?:that\\s+|:\\s*)?`, "iu");
  const text = displayText(position);
  const reported = attribution.test(text);
  const predicate = predicateOf(position, name);
  let claim = reported || !predicate ? text.replace(attribution, "").replace(/^(?:He|She|They)\b/, "This expert") : predicate;
  claim = trimTerminalPunctuation(hideName(claim, name, "this expert"));
  return claim.charAt(0).toUpperCase() + claim.slice(1);
}

function expertsOf(article: Article): { expert: Expert; section: string }[] {
  return article.sections.flatMap((section) =>
    section.blocks.filter((b): b is Expert => b.kind === "expert").map((expert) => ({ expert, section: section.heading })),
  );
}

function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = normalizeForCompare(key(v));
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function matching(prompt: string, pairs: MatchingPair[], explanation: string, source: Source): Items {
  const items = emptyItems();
  if (pairs.length < 3) return items;
  for (let start = 0; start < pairs.length; start += MAX_MATCHING_PAIRS) {
    const group = pairs.slice(start, start + MAX_MATCHING_PAIRS);
    if (group.length < 3) break;
    const part = pairs.length > MAX_MATCHING_PAIRS ? ` (part ${start / MAX_MATCHING_PAIRS + 1})` : "";
    items.questions.push(makeQuestion({ type: "matching", material: "expert", prompt: `${prompt}${part}`, pairs: group, explanation, source }));
  }
  return items;
}

function affiliationItems(entries: { expert: Expert; section: string }[], seed: string): Items {
  const items = emptyItems();
  const affiliations = entries.map((e) => e.expert.affiliation);
  for (const { expert, section } of entries) {
    const source = { section, quote: expert.raw };
    const explanation = `The article introduces ${expert.name} as being from ${expert.affiliation}.`;
    items.flashcards.push(
      makeCard({ kind: "expert_affiliation", material: "expert", front: `What is ${expert.name}’s affiliation?`, back: expert.affiliation, explanation, source }),
    );
    const choice = makeMultipleChoice(
      { material: "expert", prompt: `Which affiliation does the article give for ${expert.name}?`, answer: expert.affiliation, explanation, source },
      affiliations,
      `${seed}:aff:${expert.name}`,
    );
    if (choice) items.questions.push(choice);
  }
  return items;
}

/** "Which expert expects …?" when the position opens with its expert, else "Which expert argues: “…”?". */
function whichExpert(position: Position): string {
  return position.predicate ? `Which expert ${position.predicate}?` : `Which expert argues: ${cite(position.claim)}?`;
}

/** "Ann Lee expects …." or "Ann Lee argues: “…”." */
function statementAbout(name: string, position: Position): string {
  return position.predicate ? `${name} ${position.predicate}.` : `${name} argues: ${cite(position.claim)}.`;
}

function positionItems(positions: Position[], seed: string): Items {
  const items = emptyItems();
  const names = positions.map((p) => p.expert.name);
  for (const position of positions) {
    const { expert, claim, source } = position;
    const explanation = `${expert.name} (${expert.affiliation}): “${displayText(expert.position)}”`;
    items.flashcards.push(
      makeCard({ kind: "expert_position", material: "expert", front: whichExpert(position), back: `${expert.name} (${expert.affiliation})`, explanation, source }),
      makeCard({ kind: "expert_position", material: "expert", front: `What is ${expert.name}’s position?`, back: claim, explanation, source }),
    );
    const choice = makeMultipleChoice(
      { material: "expert", prompt: whichExpert(position), answer: expert.name, explanation, source },
      names,
      `${seed}:pos:${expert.name}`,
    );
    if (choice) items.questions.push(choice);

    const others = positions.filter((p) => p !== position);
    const swapClaim = pickDistractors(claim, others.map((p) => p.claim), `${seed}:tf-swap:${expert.name}`, 1)[0];
    const swap = others.find((p) => p.claim === swapClaim);
    const truth = makeQuestion({ type: "true_false", material: "expert", prompt: `True or false: ${statementAbout(expert.name, position)}`, answer: true, explanation, source });
    const falsehood = swap
      ? makeQuestion({
          type: "true_false",
          material: "expert",
          prompt: `True or false: ${statementAbout(expert.name, swap)}`,
          answer: false,
          explanation: `False: that is another expert’s view. ${explanation}`,
          source,
        })
      : undefined;
    items.questions.push(...trueFalsePair(`${seed}:tf:${expert.name}`, truth, falsehood));
  }
  return items;
}

export function expertItems(article: Article, seed: string): Items {
  const entries = uniqueBy(expertsOf(article), (e) => e.expert.name);
  const positions: Position[] = entries
    .filter((e) => e.expert.position)
    .map(({ expert, section }) => ({
      expert,
      claim: claimOf(expert.position, expert.name),
      predicate: predicateOf(expert.position, expert.name),
      source: { section, quote: expert.inline ? expert.raw : `${expert.raw}\n${expert.position}` },
    }));
  const items = emptyItems();
  const section = entries[0]?.section ?? "";
  const quote = entries[0] ? entries[0].expert.raw : "";
  const made = [
    positionItems(positions, seed),
    affiliationItems(entries, seed),
    matching(
      "Match each expert with their position.",
      uniqueBy(positions.map((p) => ({ left: p.expert.name, right: p.claim })), (p) => p.right),
      "From the experts’ positions in the article.",
      { section, quote: positions[0]?.source.quote ?? quote },
    ),
    matching(
      "Match each expert with their affiliation.",
      uniqueBy(entries.map((e) => ({ left: e.expert.name, right: e.expert.affiliation })), (p) => p.right),
      "From the experts named in the article.",
      { section, quote },
    ),
  ];
  for (const m of made) {
    items.flashcards.push(...m.flashcards);
    items.questions.push(...m.questions);
  }
  return items;
}
