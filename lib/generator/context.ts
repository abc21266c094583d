// Resolves what a sentence leans on before it becomes an item on its own: "She said…" → "Elena Ruiz
// said…", "It also deepens…" → "The vote also deepens…". A sentence whose opening cannot be resolved
// is not stated alone (its statement is ""), so no item starts with an unresolved It/She/They/This.

import type { Article, ListItem, Paragraph } from "./read-article";
import { displayText, escapeRegExp } from "./text";

const PERSON_PRONOUN = /^(He|She)\s+(?=\p{Ll})/u;
const PERSON_POSSESSIVE = /^(His|Her)\s+(?=\p{Ll})/u;
const THING_PRONOUN = /^(It|They)\s+(?=\p{Ll})/u;
const THING_POSSESSIVE = /^(Its|Their)\s+(?=\p{Ll})/u;
/** Openings that lean on what came before and that no rewrite makes whole. */
const UNRESOLVABLE =
  /^(?:This|That|These|Those|Such|Them|Both|Many of (?:them|these)|Some of (?:them|these)|Most of (?:them|these)|All of (?:them|these)|One of (?:them|these)|Each of (?:them|these)|Ello|Esto|Esta|Este|Estos|Estas|Ils|Elles|Il|Elle|Cela|Ce|Cette|Ces|Er|Sie|Es|Dies|Diese|Dieser|Dieses)\b/u;
/** "In this state…", "By that time…": an opening phrase that points back as surely as a leading "This". */
const POINTING_PHRASE = /^(?:In|At|By|For|From|After|Under|With|During|Of|On)\s+(?:this|these|that|those|such)\b/u;
/** "It is hard to…", "It was not until…": a dummy subject, not a reference. */
const DUMMY_IT = /^It\s+(?:is|was|has been|will be|would be|seems|appears|remains|took)\s+(?:\p{Ll}+\s+){0,3}?(?:to|that|until|for|when|whether)\b/u;

const VERB =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|became|become|becomes|began|begin|begins|remain|remains|remained|said|says|told|use|uses|used|make|makes|made|replace|replaces|last|lasts|work|works|worked|live|lives|lived|feed|feeds|produce|produces|form|forms|take|takes|took|give|gives|gave|hold|holds|held|carry|carries|lose|loses|lost|store|stores|move|moves|need|needs|show|shows|showed|allow|allows|help|helps|keep|keeps|kept|reach|reaches|reached|run|runs|ran|found|find|finds|sent|send|sends|went|go|goes|got|get|gets|set|sets|rose|rise|rises|fell|fall|falls|grew|grow|grows|built|build|builds|led|lead|leads|\p{Ll}{3,}ed)$/u;
const LEADING_PHRASE = /^(?:In|On|At|During|After|Before|Since|By|For|From|With|Under|Over|Within|When|While|Although|Though|As|Once|Until|Despite|Unlike|Like|Today|Now|Then|However|Still|Yet|Also|Meanwhile|Instead)\b[^,]{0,80},\s+/u;
const NOT_A_SUBJECT = /^(?:it|its|they|their|he|she|his|her|this|that|these|those|there|here|we|you|i|one|some|many|most|all|each|both)$/i;

/** The subject of a sentence when it is a short noun phrase: "In 2007, dried tardigrades were carried…" → "dried tardigrades". */
export function subjectOf(sentence: string): string {
  const text = displayText(sentence).replace(LEADING_PHRASE, "");
  const words = text.split(/\s+/);
  const subject: string[] = [];
  for (const word of words.slice(0, 8)) {
    const bare = word.replace(/[,;:]$/, "");
    if (subject.length && (VERB.test(bare.toLowerCase()) || /^(?:also|now|still|often|usually|already|never|only|first)$/i.test(bare))) break;
    subject.push(bare);
    if (bare !== word) break;
  }
  if (!subject.length || subject.length > 6 || subject.length === words.length) return "";
  if (NOT_A_SUBJECT.test(subject[0]) || /^(?:and|or|but|of|to|in|on)$/i.test(subject[subject.length - 1])) return "";
  if (!words[subject.length] || !VERB.test(words[subject.length].toLowerCase().replace(/[,;:]$/, ""))) {
    // The phrase ended at a comma (an appositive follows): still a subject when it opens like one.
    if (!/^(?:The|A|An|\p{Lu})/u.test(subject[0])) return "";
  }
  return subject.join(" ");
}

const PERSON_BEFORE_VERB =
  /(?:^|[,;]\s+|\b(?:Mayor|President|Minister|Governor|Senator|Superintendent|Professor|Dr\.|Director|Chancellor|member|leader|engineer|pastor|zoologist|biologist|physicist|businessman|Queen|King)\s+)(\p{Lu}[\p{L}'’-]+(?:\s+(?:de|van|von|da|del)?\s*\p{Lu}[\p{L}'’-]+){1,3})(?=,|\s+(?:said|told|says|argued|argues|warned|warns|added|explained|called|wrote|did|was|is|has|had|announced|believes|believed|sent|developed|built|patented|described|gave|promoted|recommends|proposed|estimates)\b)/gu;
const PERSON_AFTER_SAID =
  /(?<!\p{L})(?:said|says|told|[Aa]ccording to|explained|added|warned|declared|dijo|explicó|añadió|[Ss]egún|[Pp]ara|[Ss]elon|[Pp]our|a déclaré|a expliqué|a ajouté|[Ll]aut|sagte|erklärte)\s+(?:(?:Dr\.|Prof\.|Professor|la doctora|el doctor|la|el|le|la docteure|le docteur)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/gu;

type KnownPerson = { name: string; surname: RegExp | null };

function knownPeople(names: readonly string[]): KnownPerson[] {
  return [...new Set(names)].map((name) => {
    const surname = name.split(/\s+/).pop() ?? "";
    return { name, surname: surname.length > 2 ? new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, "u") : null };
  });
}

/** The last person a sentence names, by the patterns news and encyclopedia prose use. */
function lastPersonIn(text: string, known: readonly KnownPerson[]): string {
  let best = { at: -1, name: "" };
  const consider = (name: string, at: number) => {
    if (at >= best.at) best = { at, name };
  };
  for (const { name, surname } of known) {
    const found = text.lastIndexOf(name);
    if (found >= 0) consider(name, found);
    const bare = surname ? text.search(surname) : -1;
    if (bare >= 0 && bare > found) consider(name, bare);
  }
  for (const pattern of [PERSON_BEFORE_VERB, PERSON_AFTER_SAID]) {
    for (const match of text.matchAll(pattern)) consider(match[1], (match.index ?? 0) + match[0].indexOf(match[1]));
  }
  return best.name;
}

/** "Iron phosphate cells", "Cooke and Wheatstone": a subject "They" can stand for; "The press" is one thing. */
function isPlural(subject: string): boolean {
  const head = subject.split(/\s+/).pop() ?? "";
  return /\s(?:and|y|et|und)\s/.test(subject) || (/s$/.test(head) && !/(?:ss|us|is|ics)$/.test(head));
}

function possessive(noun: string): string {
  return /s$/.test(noun) ? `${noun}’` : `${noun}’s`;
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

type Referents = { person: string; subject: string };

/**
 * The sentence as it can stand alone, or "" when it leans on an antecedent that cannot be named.
 * `referents`: the last person named before it and the subject of the sentence before it.
 */
export function standAlone(sentence: string, referents: Referents): string {
  const text = displayText(sentence);
  if (POINTING_PHRASE.test(text)) return "";
  if (UNRESOLVABLE.test(text) || DUMMY_IT.test(text)) return UNRESOLVABLE.test(text) ? "" : text;
  const person = text.match(PERSON_PRONOUN) ?? text.match(PERSON_POSSESSIVE);
  if (person) {
    if (!referents.person) return "";
    const name = person[1] === "His" || person[1] === "Her" ? possessive(referents.person) : referents.person;
    return `${name} ${text.slice(person[0].length)}`;
  }
  const thing = text.match(THING_PRONOUN) ?? text.match(THING_POSSESSIVE);
  if (thing) {
    const plural = thing[1] === "They" || thing[1] === "Their";
    if (!referents.subject || isPlural(referents.subject) !== plural) return "";
    const subject = capitalise(referents.subject);
    const name = thing[1] === "Its" || thing[1] === "Their" ? possessive(subject) : subject;
    return `${name} ${text.slice(thing[0].length)}`;
  }
  return text;
}

/** The noun a list's intro is about: "Historians credit the press with…" → "the press". */
function introObject(intro: string): string {
  const match = displayText(intro).match(/\b(?:the|its|their)\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:with|for|of|has|had|brought|made|led|include|includes|included)\b/u);
  return match ? `the ${match[1]}` : subjectOf(intro);
}

/** Fills each paragraph's `statements` and rewrites list items' `text` so both stand alone. */
export function resolveContext(article: Article, names: readonly string[]): void {
  const known = knownPeople(names);
  let person = "";
  for (const section of article.sections) {
    let subject = "";
    for (const block of section.blocks) {
      if (block.kind === "expert") {
        person = block.name;
        subject = "";
      } else if (block.kind === "paragraph") {
        resolveParagraph(block, known, () => ({ person, subject }), (p, s) => {
          person = p || person;
          subject = s;
        });
      } else if (block.kind === "list") {
        const referents = { person, subject: block.intro ? introObject(block.intro) : subject };
        block.items = block.items.map((item): ListItem => {
          const resolved = standAlone(item.raw, referents);
          return resolved && resolved !== item.text ? { ...item, text: resolved } : item;
        });
      }
    }
  }
}

function resolveParagraph(
  block: Paragraph,
  knownPeople: readonly KnownPerson[],
  referents: () => Referents,
  update: (person: string, subject: string) => void,
): void {
  block.statements = block.sentences.map((sentence) => {
    const statement = standAlone(sentence, referents());
    const named = lastPersonIn(statement || displayText(sentence), knownPeople);
    update(named, statement ? subjectOf(statement) : "");
    return statement;
  });
}
