// How a source quote and an explanation are shown to a learner. Pure.

/** A quoted table row ("Region | Share | Year" or "| a | b |") as its cells; null for prose. */
export function tableCellsOf(quote: string): string[] | null {
  const line = quote.trim();
  if (line.includes("\n") || !line.includes("|")) return null;
  const cells = line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
  return cells.length >= 2 && cells.every((cell) => cell.length > 0) ? cells : null;
}

const fold = (text: string) => text.toLowerCase().replace(/[“”"‘’']/g, "").replace(/\s+/g, " ").trim();

/**
 * The explanation without the quote when it only repeats it: the quote is shown just below, so an
 * explanation that is the quote (or the quote plus a few words) says nothing new.
 */
export function explanationBeyondQuote(explanation: string, quote: string): string {
  const said = fold(explanation);
  const quoted = fold(quote);
  if (!said || !quoted) return explanation.trim();
  if (said === quoted || quoted.includes(said)) return "";
  if (!said.includes(quoted)) return explanation.trim();
  // Cut the quote out (it may be wrapped in quotation marks) and keep what is left, if anything real.
  const pattern = new RegExp(`[“"‘']?${quote.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}[”"’']?`, "i");
  const rest = explanation.replace(pattern, "").replace(/\s+/g, " ").replace(/^[\s:,.–-]+|[\s:,–-]+$/g, "").trim();
  return rest.split(/\s+/).length >= 4 ? rest : "";
}

/** A quote without the quotation marks around it, so the page's own marks do not double them. */
export function unwrapQuote(quote: string): string {
  const trimmed = quote.trim();
  const pairs: [string, string][] = [["“", "”"], ['"', '"'], ["‘", "’"], ["«", "»"]];
  for (const [open, close] of pairs) {
    if (trimmed.length > 2 && trimmed.startsWith(open) && trimmed.endsWith(close) && !trimmed.slice(1, -1).includes(close)) return trimmed.slice(1, -1).trim();
  }
  return trimmed;
}
