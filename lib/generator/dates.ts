// Dates written in sentences ("in early 2024", "June 5, 2025", "5 June 2025", "in 2019").

export type DateMention = {
  /** The date as written, e.g. "early 2024". */
  text: string;
  index: number;
  year: number;
  /** 0 when only the year is known. */
  month: number;
  day: number;
  /** A decade ("the 1990s") or a span ("2024–25") cannot be placed among single dates. */
  shape: "words" | "iso" | "decade" | "span";
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** Month names in English, Spanish, French and German, by month number (index + 1). */
const MONTH_NAMES: readonly string[][] = [
  ["january", "enero", "janvier", "januar", "jänner"],
  ["february", "febrero", "février", "fevrier", "februar"],
  ["march", "marzo", "mars", "märz", "maerz"],
  ["april", "abril", "avril"],
  ["may", "mayo", "mai"],
  ["june", "junio", "juin", "juni"],
  ["july", "julio", "juillet", "juli"],
  ["august", "agosto", "août", "aout"],
  ["september", "septiembre", "setiembre", "septembre"],
  ["october", "octubre", "octobre", "oktober"],
  ["november", "noviembre", "novembre"],
  ["december", "diciembre", "décembre", "decembre", "dezember"],
];
const MONTH_WORD = `(?:${[...new Set(MONTH_NAMES.flat())].sort((a, b) => b.length - a.length).join("|")}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
const SEASON_WORD =
  "(?:early|mid-?|late|spring|summer|autumn|fall|winter|primavera|verano|otoño|invierno|printemps|été|automne|hiver|Frühjahr|Frühling|Sommer|Herbst|Winter)";
const YEAR = "(1\\d\\d\\d|20\\d\\d)";
/** "of", "de", "del", "en", "d'", "im" between a season or month and its year ("spring of 2022", "abril de 2022"). */
const OF = "(?:(?:of|de|del|en|du|d'|des|im)\\s+)?";

const DATE_PATTERN = new RegExp(
  [
    `(?<iso>${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))`,
    `(?<md>${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR})`,
    `(?<dm>\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+${OF}${YEAR})`,
    `(?<sm>(?:${SEASON_WORD}[\\s-]*${OF})?${MONTH_WORD},?\\s+${OF}${YEAR})`,
    `(?<sy>${SEASON_WORD}[\\s-]*${OF}${YEAR})`,
    `(?<span>${YEAR}[–-](?:\\d\\d)(?!\\d))`,
    `(?<decade>${YEAR}s|(?<=\\b(?:années|décennie de|década de|años)\\s)${YEAR}|${YEAR}er(?:\\s+Jahre[n]?)?)`,
    `(?<y>${YEAR})`,
  ]
    .map((p) => `(?<![\\p{L}\\p{N}$.,-])${p}(?![\\p{L}\\p{N}%]|[.,]\\d|\\s*(?:percent|million|billion|people|km|kg|m\\b))`)
    .join("|"),
  "giu",
);

const SEASON_MONTH: Record<string, number> = {
  early: 2,
  mid: 6,
  late: 10,
  spring: 4,
  summer: 7,
  autumn: 10,
  fall: 10,
  winter: 12,
  primavera: 4,
  verano: 7,
  otoño: 10,
  invierno: 12,
  printemps: 4,
  été: 7,
  automne: 10,
  hiver: 12,
  frühjahr: 4,
  frühling: 4,
  sommer: 7,
  herbst: 10,
};

const MONTH_PATTERNS = MONTH_NAMES.map((names) => new RegExp(`(?<!\\p{L})(?:${names.join("|")})(?!\\p{L})`, "u"));
const ABBREVIATION_PATTERNS = MONTHS.map((m) => new RegExp(`\\b${m.slice(0, 3)}`));
const SEASON_PATTERNS: [RegExp, number][] = Object.entries(SEASON_MONTH).map(([s, m]) => [new RegExp(`(?<!\\p{L})${s}(?!\\p{L})`, "u"), m]);

function monthOf(text: string): number {
  const lower = text.toLowerCase();
  const iso = lower.match(/^\d{4}-(\d\d)-/);
  if (iso) return Number(iso[1]);
  const named = MONTH_PATTERNS.findIndex((pattern) => pattern.test(lower));
  if (named >= 0) return named + 1;
  const index = ABBREVIATION_PATTERNS.findIndex((pattern) => pattern.test(lower));
  if (index >= 0) return index + 1;
  return SEASON_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? 0;
}

const foundDates = new Map<string, readonly DateMention[]>();
const FOUND_DATES_LIMIT = 50_000;

/** The dates a sentence mentions. Memoised: the reader, the key terms and the timeline ask about the same sentences. */
export function findDates(sentence: string): readonly DateMention[] {
  let found = foundDates.get(sentence);
  if (!found) {
    if (foundDates.size >= FOUND_DATES_LIMIT) foundDates.clear();
    found = scanDates(sentence);
    foundDates.set(sentence, found);
  }
  return found;
}

function scanDates(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  if (!/\d{4}/.test(sentence)) return found;
  for (const match of sentence.matchAll(DATE_PATTERN)) {
    const text = match[0];
    const groups = match.groups ?? {};
    const yearMatch = groups.iso || groups.span || groups.decade ? text.match(/^(1\d\d\d|20\d\d)/) : text.match(/(1\d\d\d|20\d\d)$/);
    if (!yearMatch || match.index === undefined) continue;
    const dayMatch = groups.iso ? text.match(/-(\d\d)$/) : text.match(/(?:^|\s)(\d{1,2})(?:st|nd|rd|th|er|\.)?(?=[\s,])/);
    const hasMonthOrSeason = Boolean(groups.iso || groups.md || groups.dm || groups.sm || groups.sy);
    found.push({
      text,
      index: match.index,
      year: Number(yearMatch[1]),
      month: hasMonthOrSeason ? monthOf(text) : 0,
      day: dayMatch && (groups.md || groups.dm || groups.iso) ? Number(dayMatch[1]) : 0,
      shape: groups.decade ? "decade" : groups.span ? "span" : groups.iso ? "iso" : "words",
    });
  }
  return found;
}

export function dateSortKey(date: DateMention): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

/** Plausible wrong dates in the same format, for multiple-choice distractors. */
export function nearbyDates(date: DateMention): string[] {
  if (date.shape === "decade") return [-20, -10, 10, 20].map((delta) => date.text.replace(String(date.year), String(date.year + delta)));
  if (date.shape === "span") {
    return [-2, -1, 1, 2].map((delta) => {
      const start = date.year + delta;
      return date.text.replace(/^\d{4}([–-])\d\d/, `${start}$1${String((start + 1) % 100).padStart(2, "0")}`);
    });
  }
  return [-1, 1, -2, 2, 3].map((delta) => date.text.replace(String(date.year), String(date.year + delta)));
}
