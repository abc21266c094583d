// Small string helpers shared by the reader, the generator and the grader.
// Pure JS (no node: imports) so client components can use the library too.

const SMART_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const SMART_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** Collapse runs of whitespace to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const compareKeys = new Map<string, string>();
const COMPARE_CACHE_LIMIT = 200_000;

/** Comparison key: case, accents, quotes and punctuation ignored. Memoised: the generator asks for the same keys often. */
export function normalizeForCompare(text: string): string {
  let key = compareKeys.get(text);
  if (key === undefined) {
    if (compareKeys.size >= COMPARE_CACHE_LIMIT) compareKeys.clear();
    key = computeCompareKey(text);
    compareKeys.set(text, key);
  }
  return key;
}

function computeCompareKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(SMART_QUOTES, "")
    .replace(SMART_DOUBLE_QUOTES, "")
    .replace(/['"]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const paddedKeys = new Map<string, string>();

/** " key " for whole-word searches; memoised like the keys themselves. */
function paddedKey(text: string): string {
  let padded = paddedKeys.get(text);
  if (padded === undefined) {
    if (paddedKeys.size >= COMPARE_CACHE_LIMIT) paddedKeys.clear();
    padded = ` ${normalizeForCompare(text)} `;
    paddedKeys.set(text, padded);
  }
  return padded;
}

/** True when `needle` appears as whole words inside `haystack` (both compared normalised). */
export function containsWords(haystack: string, needle: string): boolean {
  const n = paddedKey(needle);
  if (n.length <= 2) return false;
  return paddedKey(haystack).includes(n);
}

/** Remove inline Markdown emphasis, code, links and reference marks ("[1]", "[^2]"), keeping the visible text. */
export function stripInlineMarkdown(text: string): string {
  if (!/[*_`[<~]/.test(text)) return text.trim();
  return text
    .replace(/\[(?:\d{1,3}|\^[^\]\s]{1,20}|citation needed|clarification needed|when\?|who\?)\](?!\()/gi, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!?\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/`([^`]*)`/g, "$1")
    .trim();
}

const displayTexts = new Map<string, string>();

/** Text for display in a prompt: Markdown stripped, whitespace collapsed. Memoised: the reader and builders ask for the same lines. */
export function displayText(raw: string): string {
  let text = displayTexts.get(raw);
  if (text === undefined) {
    if (displayTexts.size >= COMPARE_CACHE_LIMIT) displayTexts.clear();
    text = collapseWhitespace(stripInlineMarkdown(raw));
    displayTexts.set(raw, text);
  }
  return text;
}

/** “text” in curly quotes, unless it already carries quotation marks of its own (no “Called “temporary””). */
export function cite(text: string): string {
  return /["“”«»‘]|(?:^|\s)'\S/u.test(text) ? text : `“${text}”`;
}

/** Drop one trailing sentence-ending punctuation mark (keeps closing quotes). */
export function trimTerminalPunctuation(text: string): string {
  return text.replace(/[\s.,;:!]+$/u, "").trim();
}

/** cyrb53: a fast, well-spread 53-bit string hash, returned as hex. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}

/** Deterministic pseudo-random numbers in [0, 1) from a string seed (mulberry32). */
export function seededRandom(seed: string): () => number {
  let state = parseInt(hashString(seed).slice(-8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Levenshtein distance, giving up early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Number of case-insensitive occurrences of `needle` in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  let count = 0;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.length)) count++;
  return count;
}
