// Dates written in sentences ("in early 2024", "June 5, 2025", "5 June 2025", "in 2019").

export type DateMention = {
  /** The date as written, e.g. "early 2024". */
  text: string;
  index: number;
  year: number;
  /** 0 when only the year is known. */
  month: number;
  day: number;
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
const MONTH_WORD =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const SEASON_WORD = "(?:early|mid-?|late|spring|summer|autumn|fall|winter)";
const YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

const DATE_PATTERN = new RegExp(
  [
    `(?<md>${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR})`,
    `(?<dm>\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+${YEAR})`,
    `(?<sm>(?:${SEASON_WORD}[\\s-]*)?${MONTH_WORD},?\\s+${YEAR})`,
    `(?<sy>${SEASON_WORD}[\\s-]*${YEAR})`,
    `(?<y>${YEAR})`,
  ]
    .map((p) => `(?<![\\p{L}\\p{N}$.,-])${p}(?![\\p{L}\\p{N}%]|[.,]\\d|\\s*(?:percent|million|billion|people|km|kg|m\\b))`)
    .join("|"),
  "giu",
);

const SEASON_MONTH: Record<string, number> = {
  early: 2,
  mid: 6,
  "mid-": 6,
  late: 10,
  spring: 4,
  summer: 7,
  autumn: 10,
  fall: 10,
  winter: 12,
};

function monthOf(text: string): number {
  const lower = text.toLowerCase();
  const index = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}`).test(lower));
  if (index >= 0) return index + 1;
  const season = Object.keys(SEASON_MONTH).find((s) => lower.startsWith(s));
  return season ? SEASON_MONTH[season] : 0;
}

export function findDates(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  if (!/\d{4}/.test(sentence)) return found;
  for (const match of sentence.matchAll(DATE_PATTERN)) {
    const text = match[0];
    const yearMatch = text.match(/(1[5-9]\d\d|20\d\d)$/);
    if (!yearMatch || match.index === undefined) continue;
    const dayMatch = text.match(/(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?(?=[\s,])/);
    const hasMonthOrSeason = !match.groups?.y;
    found.push({
      text,
      index: match.index,
      year: Number(yearMatch[1]),
      month: hasMonthOrSeason ? monthOf(text) : 0,
      day: dayMatch && (match.groups?.md || match.groups?.dm) ? Number(dayMatch[1]) : 0,
    });
  }
  return found;
}

export function dateSortKey(date: DateMention): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

/** Plausible wrong dates in the same format, for multiple-choice distractors. */
export function nearbyDates(date: DateMention): string[] {
  const shifted = [-1, 1, -2, 2, 3].map((delta) => date.text.replace(String(date.year), String(date.year + delta)));
  return shifted;
}
