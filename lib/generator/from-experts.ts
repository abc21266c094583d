// Expert positions: who said what, and who is affiliated where.

import type { Article, Expert } from "./read-article";
import type { MatchingPair, Source } from "./types";
import { emptyItems, makeCard, makeMultipleChoice, makeQuestion, pickDistractors, type Items } from "./items";
import { displayText, escapeRegExp, normalizeForCompare, seededRandom, trimTerminalPunctuation } from "./text";

const MAX_MATCHING_PAIRS = 6;
const REPORTING_VERBS =
  "believes|suggests|argues|theori[sz]es|says|said|thinks|contends|warns|notes|claims|maintains|predicts|cautions|" +
  "stresses|asserts|sees|observes|emphasi[sz]es|adds|explains|fears|doubts|points out|insists|estimates|told \\w+";

type Position = { expert: Expert; claim: string; source: Source };

/** "He believes Pyongyang is..." → "Pyongyang is...", with the expert's own name hidden. */
export function claimOf(position: string, name: string): string {
  const nameTokens = name.split(/\s+/).filter((t) => t.length > 2 && /^\p{Lu}/u.test(t)).map(escapeRegExp);
  const subjects = ["He", "She", "They", "The expert", ...nameTokens, escapeRegExp(name)].join("|");
  const attribution = new RegExp(`^(?:${subjects})\\s+(?:\\p{L}+ly\\s+)?(?:${REPORTING_VERBS})\\s*(?:that\\s+|:\\s*)?`, "iu");
  let claim = displayText(position).replace(attribution, "").replace(/^(?:He|She|They)\b/, "This expert");
  claim = claim.replace(new RegExp(escapeRegExp(name), "g"), "this expert");
  for (const token of nameTokens) claim = claim.replace(new RegExp(`\\b${token}\\b`, "g"), "this expert");
  claim = trimTerminalPunctuation(claim);
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

function positionItems(positions: Position[], seed: string): Items {
  const items = emptyItems();
  const names = positions.map((p) => p.expert.name);
  const claims = positions.map((p) => p.claim);
  for (const { expert, claim, source } of positions) {
    const explanation = `${expert.name} (${expert.affiliation}): “${displayText(expert.position)}”`;
    items.flashcards.push(
      makeCard({ kind: "expert_position", material: "expert", front: `Which expert argues: “${claim}”?`, back: `${expert.name} (${expert.affiliation})`, explanation, source }),
      makeCard({ kind: "expert_position", material: "expert", front: `What is ${expert.name}’s position?`, back: claim, explanation, source }),
    );
    const choice = makeMultipleChoice(
      { material: "expert", prompt: `Which expert argues: “${claim}”?`, answer: expert.name, explanation, source },
      names,
      `${seed}:pos:${expert.name}`,
    );
    if (choice) items.questions.push(choice);

    const swap = pickDistractors(claim, claims, `${seed}:tf-swap:${expert.name}`, 1)[0];
    const isTrue = !swap || seededRandom(`${seed}:tf:${expert.name}`)() < 0.5;
    const prompt = `True or false: ${expert.name} argues: “${isTrue ? claim : swap}”.`;
    const why = isTrue ? explanation : `False: that is another expert’s view. ${explanation}`;
    items.questions.push(makeQuestion({ type: "true_false", material: "expert", prompt, answer: isTrue, explanation: why, source }));
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
      source: { section, quote: `${expert.raw}\n${expert.position}` },
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
