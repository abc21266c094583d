// Finds a card's quote in the article as displayed. Quotes are exact excerpts of the source text
// except for whitespace (a quote may span a line break), so matching ignores runs of whitespace.

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The quote's lines, each matched on its own: a quote may cover a name line and the paragraph below it. */
export function quoteLines(quote: string): string[] {
  return quote.split(/\n+/).map(collapse).filter((line) => line.length > 0);
}

/** Where one of the quote's lines sits in `text`, whitespace aside; null when none does. */
export function findQuote(text: string, lines: string[]): { start: number; end: number } | null {
  for (const line of lines) {
    const pattern = new RegExp(line.split(" ").map(escapeRegExp).join("\\s+"));
    const match = pattern.exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** For a table row or a name line: does it hold the quote, or is it held by it? */
export function holdsQuote(raw: string, lines: string[]): boolean {
  const text = collapse(raw);
  return lines.some((line) => text.includes(line) || (text.length > 0 && line.includes(text)));
}
