// Which language an article is written in, by counting its most common short words, and the
// notices the teacher sees when the generator can do less than usual (other language, too short,
// several articles pasted together).

import type { ArticleLanguage, Notice } from "./types";

const STOPWORDS: Record<Exclude<ArticleLanguage, "other">, ReadonlySet<string>> = {
  en: new Set("the and of to is in that for with was are on it as by this from be have has were which at".split(" ")),
  es: new Set("el la los las de que y en un una por con del es se para al como más su sus pero fue".split(" ")),
  fr: new Set("le la les des du et est que une un dans pour pas sur au aux avec ce qui par plus sont été".split(" ")),
  de: new Set("der die das und ist nicht mit ein eine den dem von zu auf für sich des im auch werden wurde".split(" ")),
};

/** Close neighbours of the supported languages: when one of them wins, the article is "other". */
const NEIGHBOURS: readonly ReadonlySet<string>[] = [
  new Set("il lo gli di che non per una sono della delle degli nel nella anche più è ha".split(" ")),
  new Set("não uma os as em do da dos das que para com por mais foi são ao".split(" ")),
  new Set("het een en van de is dat niet op te zijn met voor ook aan".split(" ")),
];

/** The article's language; "other" when no supported language's common words make up a fair share of it. */
export function detectLanguage(text: string): ArticleLanguage {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sample = words.slice(0, 4000);
  if (!sample.length) return "en";
  const latin = sample.filter((w) => /^[a-zà-öø-ÿœæß]+$/u.test(w)).length;
  if (latin < sample.length * 0.6) return "other";
  let best: ArticleLanguage = "other";
  let bestCount = 0;
  for (const [language, stopwords] of Object.entries(STOPWORDS) as [Exclude<ArticleLanguage, "other">, ReadonlySet<string>][]) {
    const count = sample.filter((w) => stopwords.has(w)).length;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  if (NEIGHBOURS.some((neighbour) => sample.filter((w) => neighbour.has(w)).length > bestCount)) return "other";
  // Short texts have few common words; below about one word in twelve it is not one of ours.
  return bestCount >= Math.max(2, sample.length * 0.08) ? best : sample.length < 25 ? "en" : "other";
}

const MIN_SENTENCES = 6;
const MIN_WORDS = 120;

/** Notices about the text as a whole, for the preview and the generated set. */
export function articleNotices(text: string, language: ArticleLanguage, sentences: number): Notice[] {
  const notices: Notice[] = [];
  if (language === "other") {
    notices.push({
      code: "unsupported_language",
      message:
        "This article does not seem to be in English, Spanish, French or German. Items are still made from its lists, tables, dates and figures, with instructions in English, but choosing blanks, telling people from places, finding experts and resolving pronouns only work in those four languages: review every item before using it.",
    });
  }
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (sentences < MIN_SENTENCES || words < MIN_WORDS) {
    notices.push({
      code: "too_short",
      message: `This text is too short to make a useful study set (${sentences} sentence${sentences === 1 ? "" : "s"}, ${words} words): only the few items below could be made. Paste the whole article for a fuller set.`,
    });
  }
  const titles = text.match(/^#\s+\S.*$/gm)?.length ?? 0;
  const bylines = text.match(/^\s*(?:By|Par|Por|Von)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+\s*(?:[,|–—-].*)?$/gmu)?.length ?? 0;
  if (titles >= 2 || bylines >= 2) {
    notices.push({
      code: "several_articles",
      message: `This text looks like several articles pasted together (${Math.max(titles, bylines)} titles or bylines). The items mix them; generate each article on its own for a clearer set.`,
    });
  }
  return notices;
}
