import { describe, expect, it } from "vitest";
import { explanationBeyondQuote, tableCellsOf, unwrapQuote } from "./quote-text";

describe("tableCellsOf", () => {
  it("reads a quoted table row as cells, with or without the outer pipes", () => {
    expect(tableCellsOf("| Great Barrier Reef | 91% | 2022 |")).toEqual(["Great Barrier Reef", "91%", "2022"]);
    expect(tableCellsOf("Red Sea | 12%")).toEqual(["Red Sea", "12%"]);
  });

  it("leaves prose alone", () => {
    expect(tableCellsOf("Reefs cover less than 1% of the ocean floor.")).toBeNull();
    expect(tableCellsOf("a | ")).toBeNull();
  });
});

describe("explanationBeyondQuote", () => {
  const quote = "Reefs cover less than 1% of the ocean floor.";
  it("drops an explanation that only repeats the quote", () => {
    expect(explanationBeyondQuote(quote, quote)).toBe("");
    expect(explanationBeyondQuote(`The article says: “${quote}”`, quote)).toBe("");
  });

  it("keeps what the explanation adds", () => {
    expect(explanationBeyondQuote(`${quote} That is why their loss matters so much.`, quote)).toBe("That is why their loss matters so much.");
    expect(explanationBeyondQuote("The figure is for 2022, the worst year.", quote)).toBe("The figure is for 2022, the worst year.");
  });
});

describe("unwrapQuote", () => {
  it("removes one pair of quotation marks around the whole quote, not inner ones", () => {
    expect(unwrapQuote("“We must act now.”")).toBe("We must act now.");
    expect(unwrapQuote("“A” and “B”")).toBe("“A” and “B”");
    expect(unwrapQuote("Plain")).toBe("Plain");
  });
});
