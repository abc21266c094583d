// Explanatory prose ("Why it matters", "How it works") has no bullets or tables to read items from:
// here the key claim of each prose section, the points of a heading that only groups headed
// paragraphs (the reasons under "Strategic Motivations…"), cause and effect, and people named in
// prose with what they did. Material "prose"; English articles only (the cues are English words).

import type { Article, Paragraph, Section } from "./read-article";
import type { Source } from "./types";
import { emptyItems, makeCard, makeMultipleChoice, makeQuestion, trueFalsePair, type Items } from "./items";
import { cite, containsWords, hashString, normalizeForCompare, trimTerminalPunctuation, wordCount } from "./text";

const material = "prose" as const;
const MAX_WORDS = 45;
const MAX_MATCHING_PAIRS = 6;

type Statement = { text: string; source: Source };

function paragraphsOf(section: Section): Paragraph[] {
  return section.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
}

/** Sentences of a paragraph that stand alone, with the sentence as written for the quote. */
function statementsOf(section: Section): Statement[] {
  return paragraphsOf(section).flatMap((p) =>
    p.statements
      .map((text, i) => ({ text, source: { section: section.heading, quote: p.sentences[i] } }))
      .filter((s) => s.text && wordCount(s.text) <= MAX_WORDS && /[.!]["”’)]*$/u.test(s.text)),
  );
}

function isProseSection(section: Section): boolean {
  return Boolean(section.heading) && section.blocks.length > 0 && section.blocks.every((b) => b.kind === "paragraph");
}

/** A connective that only ties the sentence to the one before ("However, …") is no part of the claim. */
const CONNECTIVE = /^(?:However|Still|Yet|But|Meanwhile|Moreover|Furthermore|In addition|Instead|Indeed|Even so|Nonetheless|Nevertheless),?\s+/u;

/** The section's key claim: its first whole sentence long enough to say something. */
function keyClaim(section: Section): Statement | undefined {
  const found = statementsOf(section).find((s) => wordCount(s.text) >= 6);
  return found && { ...found, text: capitalise(found.text.replace(CONNECTIVE, "")) };
}

/** Long words of a text, for telling a restatement from a different claim. */
function contentWords(text: string): Set<string> {
  return new Set(normalizeForCompare(text).split(" ").filter((w) => w.length > 4));
}

const REASON_HEADING = /\b(?:reasons?|motivations?|motives?|causes?|why|factors?|drivers?)\b/i;

/**
 * A heading with nothing under it but three or more headed paragraphs ("Strategic Motivations…"
 * then "Internal Power Consolidation", "Fear of Cultural Infiltration"…): the children are its points.
 */
function headedGroups(article: Article): { parent: string; children: Section[] }[] {
  const groups: { parent: string; children: Section[] }[] = [];
  const sections = article.sections;
  for (let i = 0; i < sections.length; i++) {
    if (!sections[i].heading || sections[i].blocks.length) continue;
    const children: Section[] = [];
    // Markdown says where the group ends (a heading as high as the parent); plain text, the first section of another kind.
    const parentLevel = sections[i].level;
    const isChild = (s: Section) => (parentLevel === undefined || (s.level ?? 0) > parentLevel) && isProseSection(s) && paragraphsOf(s).length <= 2;
    for (let j = i + 1; j < sections.length && isChild(sections[j]); j++) children.push(sections[j]);
    if (children.length >= 3) groups.push({ parent: sections[i].heading, children });
  }
  return groups;
}

function groupItems(parent: string, children: Section[], seed: string): Items {
  const items = emptyItems();
  const claims = children.map((child) => ({ heading: child.heading, claim: keyClaim(child) })).filter((c) => c.claim);
  if (claims.length < 3) return items;
  const points = REASON_HEADING.test(parent) ? "reasons" : "points";
  const headings = claims.map((c) => c.heading);
  for (const { heading, claim } of claims) {
    if (!claim) continue;
    const explanation = `Under ${cite(parent)}, the article says under ${cite(heading)}: “${claim.text}”`;
    const prompt = `Which of the ${points} under ${cite(parent)} does this passage describe? “${claim.text}”`;
    const choice = makeMultipleChoice({ material, prompt, answer: heading, explanation, source: claim.source }, headings, `${seed}:group:${heading}`);
    if (choice) items.questions.push(choice);
    items.flashcards.push(makeCard({ kind: "key_fact", material, front: `Under ${cite(parent)}: what does the article say about ${cite(heading)}?`, back: claim.text, explanation, source: claim.source }));
  }
  const pairs = claims.slice(0, MAX_MATCHING_PAIRS).map((c) => ({ left: c.heading, right: trimTerminalPunctuation(c.claim?.text ?? "") }));
  items.questions.push(
    makeQuestion({
      type: "matching",
      material,
      prompt: `Match each of the ${points} under ${cite(parent)} with what the article says about it.`,
      pairs,
      explanation: `From the section ${cite(parent)}.`,
      source: { section: parent, quote: parent },
    }),
  );
  return items;
}

/** Each prose section's key claim, asked against the key claims of the other prose sections. */
function claimItems(sections: Section[], seed: string): Items {
  const items = emptyItems();
  const claims = sections.map((s) => ({ heading: s.heading, claim: keyClaim(s) })).filter((c) => c.claim);
  const pool = claims.map((c) => c.claim?.text ?? "");
  for (const { heading, claim } of claims) {
    if (!claim) continue;
    const explanation = `Under ${cite(heading)}, the article says: “${claim.text}”`;
    items.flashcards.push(makeCard({ kind: "key_fact", material, front: `Under ${cite(heading)}, what is the article’s key point?`, back: claim.text, explanation, source: claim.source }));
    // Another section's claim is a wrong answer only when it does not restate this one.
    const own = contentWords(claim.text);
    const distinct = (c: string) => {
      const words = [...contentWords(c)];
      return !containsWords(c, heading) && words.filter((w) => own.has(w)).length * 2 < words.length;
    };
    const choice = makeMultipleChoice(
      { material, prompt: `Under ${cite(heading)}, which statement does the article make?`, answer: claim.text, explanation, source: claim.source },
      pool,
      `${seed}:claim:${heading}`,
      [],
      distinct,
    );
    if (choice) items.questions.push(choice);
  }
  return items;
}

/** `verb`: how the sentence links them when it names the cause as a thing ("lead to", "result in"). */
type Link = { cause: string; effect: string; ask: "cause" | "effect"; source: Source; sentence: string; verb?: string };

/** "A because B", "A, so B", "A led to B", "A. As a result, B.": the two sides as whole clauses. */
function causalLinks(section: Section): Link[] {
  const links: Link[] = [];
  for (const p of paragraphsOf(section)) {
    p.statements.forEach((text, i) => {
      if (!text || wordCount(text) > MAX_WORDS) return;
      const source = { section: section.heading, quote: p.sentences[i] };
      const body = trimTerminalPunctuation(text);
      const because = body.match(/^(.{20,}?),? because (?!of\b)(.{12,})$/u);
      if (because && !/[,;]\s*(?:but|and|while|which)\b/u.test(because[2])) {
        links.push({ effect: because[1], cause: because[2], ask: "cause", source, sentence: text });
        return;
      }
      const so = body.match(/^(.{20,}?), so (?!that\b|far\b|much\b|many\b)((?:the|a|an|it|they|its|their|\p{Lu})\S*\s.{10,})$/u);
      if (so) {
        links.push({ cause: so[1], effect: so[2], ask: "effect", source, sentence: text });
        return;
      }
      const led = body.match(/^(.{8,80}?) (led to|resulted in|caused) (.{8,})$/u);
      if (led && wordCount(led[1]) <= 12) {
        const verb = { "led to": "lead to", "resulted in": "result in", caused: "cause" }[led[2]];
        links.push({ cause: led[1], effect: led[3], ask: "effect", source, sentence: text, verb });
        return;
      }
      const result = body.match(/^(?:As a result|Because of this|As a consequence|Consequently|Therefore),\s+(.{12,})$/u);
      const before = i > 0 ? p.statements[i - 1] : "";
      if (result && before && wordCount(before) <= MAX_WORDS) {
        const quote = `${p.sentences[i - 1]} ${p.sentences[i]}`;
        links.push({ cause: trimTerminalPunctuation(before), effect: result[1], ask: "effect", source: { section: section.heading, quote }, sentence: `${before} ${text}` });
      }
    });
  }
  return links;
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function causeItems(links: Link[], seed: string): Items {
  const items = emptyItems();
  // A cause against causes and an effect against effects of the same kind, from other sections only: a
  // neighbouring sentence's cause may well be a cause of this effect too, and then the key would be wrong.
  const pool = (link: Link) =>
    links
      .filter((l) => l.source.section !== link.source.section && l.ask === link.ask && Boolean(l.verb) === Boolean(link.verb))
      .map((l) => capitalise(l.ask === "cause" ? l.cause : l.effect));
  for (const link of links) {
    const explanation = `The article says: “${link.sentence}”`;
    const [given, asked] = link.ask === "cause" ? [link.effect, link.cause] : [link.cause, link.effect];
    const prompt =
      link.ask === "cause"
        ? `What reason does the article give for this: “${capitalise(given)}”?`
        : link.verb
          ? `According to the article, what did ${given.replace(/^(?:The|A|An)\b/u, (w) => w.toLowerCase())} ${link.verb}?`
          : `According to the article, what followed from this: “${capitalise(given)}”?`;
    const answer = capitalise(asked);
    items.flashcards.push(makeCard({ kind: "key_fact", material, front: prompt, back: answer, explanation, source: link.source }));
    const choice = makeMultipleChoice({ material, prompt, answer, explanation, source: link.source }, pool(link), `${seed}:cause:${hashString(link.sentence)}`, [], (c) => !containsWords(link.sentence, c));
    if (choice) items.questions.push(choice);
  }
  return items;
}

/** The role before a name ("the Italian biologist"): a person's calling, never "a cable under the". */
const ROLE = String.raw`(?:\p{Ll}+(?:ist|er|or|ian|ant|ent|man|woman|eer)|king|queen|pope|monk|priest|chief|general|emperor|empress|prince|princess|lord|lady|saint|sister|brother|wife|husband|son|daughter|mother|father)`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:de|van|von|da|del)?\s*\p{Lu}[\p{L}'’-]+){1,3}`;
/** "The Italian biologist Lazzaro Spallanzani gave…", "In 1837, Samuel Morse patented…": a named person doing something. */
const PERSON_DID = new RegExp(
  String.raw`^((?:In|By|On|During|After)\s[^,]{2,40},\s+)?(?:(?:The|the|An?|an?)\s+(?:[\p{L}-]+\s+){0,4}?${ROLE}\s+)?(${NAME})\s+((?:first|also|later|then|soon|eventually)\s+)?(\p{Ll}{2,}ed|built|sent|made|gave|wrote|found|led|took|drew|ran|won|began|became|sold|told|said|shot|flew|grew|held|kept|lost|met|paid|rode|saw|set|sang|spent|stood|taught|thought|threw|understood|went)\b(.{6,})$`,
  "u",
);
const NOT_PERSON = /\b(?:Institute|University|College|School|Center|Centre|Ministry|Department|Office|Council|Committee|Commission|Agency|Bureau|Party|Army|Navy|Government|Administration|Parliament|Congress|Court|Bank|Company|Corporation|Association|Union|Foundation|Zone|Project|Programme|Program|Mission|Board|Trust|Act|Treaty|War|Sea|Ocean|River|Lake|Mountains?|Republic|Kingdom|Empire|States)\b|^(?:The|A|An|In|On|At|This|That|North|South|East|West)\b/u;

type Deed = { name: string; lead: string; deed: string; source: Source; sentence: string };

function deedsIn(section: Section): Deed[] {
  const deeds: Deed[] = [];
  for (const p of paragraphsOf(section)) {
    p.statements.forEach((text, i) => {
      if (!text || wordCount(text) > MAX_WORDS) return;
      const match = trimTerminalPunctuation(text).match(PERSON_DID);
      if (!match || NOT_PERSON.test(match[2])) return;
      const deed = `${match[3] ?? ""}${match[4]}${match[5]}`;
      deeds.push({ name: match[2], lead: match[1] ?? "", deed, source: { section: section.heading, quote: p.sentences[i] }, sentence: text });
    });
  }
  return deeds;
}

function deedItems(deeds: Deed[], experts: readonly string[], seed: string): Items {
  const items = emptyItems();
  const people = [...new Set([...deeds.map((d) => d.name), ...experts])];
  for (const d of deeds) {
    const explanation = `The article says: “${d.sentence}”`;
    const prompt = d.lead ? `${d.lead}who ${d.deed}?` : `Who ${d.deed}?`;
    items.flashcards.push(makeCard({ kind: "key_fact", material, front: prompt, back: d.name, explanation, source: d.source }));
    // Another person only when they are not in the sentence already (a swap must make it false, not muddled).
    const others = people.filter((n) => n !== d.name && !containsWords(d.sentence, n.split(/\s+/).pop() ?? n));
    const choice = makeMultipleChoice({ material, prompt, answer: d.name, explanation, source: d.source }, others, `${seed}:who:${hashString(d.sentence)}`);
    if (choice) items.questions.push(choice);
    const statement = `${d.lead}${d.name} ${d.deed}.`;
    const truth = makeQuestion({ type: "true_false", material, prompt: `True or false: ${capitalise(statement)}`, answer: true, explanation, source: d.source });
    const swap = others.length ? others[Number.parseInt(hashString(`${seed}:${d.sentence}`).slice(0, 6), 36) % others.length] : undefined;
    const falsehood = swap
      ? makeQuestion({
          type: "true_false",
          material,
          prompt: `True or false: ${capitalise(`${d.lead}${swap} ${d.deed}.`)}`,
          answer: false,
          explanation: `False: the article says ${cite(d.name)}, not ${cite(swap)}. ${explanation}`,
          source: d.source,
        })
      : undefined;
    items.questions.push(...trueFalsePair(`${seed}:who-tf:${hashString(d.sentence)}`, truth, falsehood));
  }
  return items;
}

export function proseItems(article: Article, seed: string): Items {
  const items = emptyItems();
  if (article.language !== "en") return items;
  const merge = (more: Items) => {
    items.flashcards.push(...more.flashcards);
    items.questions.push(...more.questions);
  };
  const groups = headedGroups(article);
  const grouped = new Set(groups.flatMap((g) => g.children));
  for (const group of groups) merge(groupItems(group.parent, group.children, seed));
  const prose = article.sections.filter((s) => isProseSection(s) && !grouped.has(s) && s !== article.sections[0]);
  merge(claimItems(prose, seed));
  const sections = article.sections.filter((s) => paragraphsOf(s).length);
  merge(causeItems(sections.flatMap(causalLinks), seed));
  const experts = article.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "expert" ? [b.name] : [])));
  merge(deedItems(sections.flatMap(deedsIn), experts, seed));
  return items;
}
