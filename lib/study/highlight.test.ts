import { describe, expect, it } from "vitest";
import { findQuote, holdsQuote, quoteLines } from "./highlight";

describe("finding a card's quote in the article", () => {
  it("matches across line breaks and extra spaces", () => {
    const text = "Before. Upon taking office in June\n2025,  President Lee promised more. After.";
    const range = findQuote(text, quoteLines("Upon taking office in June 2025, President Lee promised more."));
    expect(range && text.slice(range.start, range.end)).toBe("Upon taking office in June\n2025,  President Lee promised more.");
  });

  it("finds nothing when the quote is not there", () => {
    expect(findQuote("Something else entirely.", quoteLines("Not in it (really)."))).toBeNull();
  });

  it("recognises a table row and an expert's name line in a multi-line quote", () => {
    const lines = quoteLines("Moon Seong-mook – Korea Research Institute\nHe believes Pyongyang is setting impossible terms.");
    expect(holdsQuote("Moon Seong-mook – Korea Research Institute", lines)).toBe(true);
    expect(holdsQuote("Kwak Gil-sup – One Korea Center", lines)).toBe(false);
    expect(holdsQuote("| Suspended anti-North loudspeakers | Called “temporary” and “reversible” |", quoteLines("Suspended anti-North loudspeakers | Called “temporary” and “reversible” |"))).toBe(true);
  });
});
