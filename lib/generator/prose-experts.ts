// Experts quoted in running prose: "“…,” said Dr. Jane Roe, a psychologist at Example University",
// "According to X, a Y at Z, …", "Según X, investigador del Centro…", "Selon X, ingénieure au…",
// "laut X, Forscherin an der…". Each becomes an expert with a name, an affiliation and a position.

import type { Expert, Section } from "./read-article";
import { displayText, trimTerminalPunctuation, wordCount } from "./text";

const TITLE = "(?:(?:Dr\\.?|Prof\\.?|Professor|Professorin|la doctora|el doctor|la profesora|el profesor|le docteur|la docteure|le professeur|la professeure)\\s+)?";
const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de\\s+|van\\s+|von\\s+|da\\s+|del\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3})";
const REPORTING =
  "(?:said|says|told \\w+|explained|added|warned|argued|noted|wrote|dijo|explicó|añadió|advirtió|señaló|afirmó|a déclaré|a expliqué|a ajouté|a averti|a souligné|estime|sagte|erklärte|betonte|warnte|meint)";
const INTRO = "(?:[Aa]ccording to|[Ss]egún|[Pp]ara|[Ss]elon|[Pp]our|[Ll]aut|[Nn]ach Ansicht von)";
/** ", a developmental psychologist at Lakeshore University" / ", investigador del Centro de Estudios" */
const ROLE_AT =
  ",\\s+((?:(?:a|an|the|un|una|el|la|le|l'|une|der|die|ein|eine)\\s+)?[^,.;\"“”«»]{2,80}?)\\s+(?:at|of|with|from|in|for|de la|del|de|en|du|de l'|au|à la|à l'|à|an der|am|der|des|von|vom|bei|beim|im)\\s+((?:the\\s+|la\\s+|el\\s+|l'|le\\s+|der\\s+|dem\\s+)?\\p{Lu}[^,.;\"“”«»]{2,90}?)(?=\\s*(?:,|\\.|;|\\s+(?:and|y|et|und)\\s|$))";

const SAID = new RegExp(`${REPORTING}\\s+${TITLE}${NAME}${ROLE_AT}`, "u");
const ACCORDING = new RegExp(`^${INTRO}\\s+${TITLE}${NAME}${ROLE_AT},\\s+(\\S.*)$`, "u");
const QUOTED = /[“"«„]\s*([^”"»“]{12,400}?)\s*[,.]?\s*[”"»“]/u;

export type ProseExpert = Omit<Expert, "kind"> & { role: string };

function cleanAffiliation(text: string): string {
  return trimTerminalPunctuation(text.replace(/^(?:the|la|el|le|der|dem)\s+/u, "").replace(/^l'/u, ""));
}

/** The expert a sentence quotes, or null. `raw` is the sentence as written (an exact slice of the input). */
export function proseExpertOf(raw: string): ProseExpert | null {
  const text = displayText(raw);
  const according = text.match(ACCORDING);
  const said = according ? null : text.match(SAID);
  const match = according ?? said;
  if (!match) return null;
  const [, name, role, affiliation] = match;
  if (wordCount(role) > 8 || wordCount(affiliation) > 10) return null;
  const position = according ? trimTerminalPunctuation(according[4]) : (text.match(QUOTED)?.[1] ?? "");
  if (wordCount(position) < 4) return null;
  return { name, affiliation: cleanAffiliation(affiliation), role: trimTerminalPunctuation(role), raw, position: `${position}.`, inline: true };
}

/** Adds an expert block after each paragraph that quotes a named expert in prose (once per name). */
export function addProseExperts(sections: Section[]): void {
  const named = new Set(sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "expert" ? [b.name] : []))));
  for (const section of sections) {
    const blocks: Section["blocks"] = [];
    for (const block of section.blocks) {
      blocks.push(block);
      if (block.kind !== "paragraph") continue;
      for (const sentence of block.sentences) {
        const expert = proseExpertOf(sentence);
        if (!expert || named.has(expert.name)) continue;
        named.add(expert.name);
        const { name, affiliation, raw, position, inline, role } = expert;
        blocks.push({ kind: "expert", name, affiliation, raw, position, inline, role });
      }
    }
    section.blocks = blocks;
  }
}
