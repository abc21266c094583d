import { describe, expect, it } from "vitest";
import { pagesToMarkdown, type PdfLine } from "./from-pdf";

// Lines as the PDF reader builds them from positioned text: y falls down the page, 12 pt body text.
function line(page: number, y: number, parts: [number, string][], size = 12): PdfLine {
  const segments = parts.map(([x0, text]) => ({ text, x0, x1: x0 + text.length * size * 0.5 }));
  return { page, y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments };
}

const header = (page: number) => line(page, 800, [[60, "Glacier Monitoring Report 2024"]], 9);
const footer = (page: number) => line(page, 40, [[290, `Page ${page} of 3`]], 9);

describe("pagesToMarkdown", () => {
  it("drops running headers and page numbers and joins a paragraph broken by a page end", () => {
    const pages = [
      [header(1), line(1, 760, [[60, "Why the ice goes"]], 18), line(1, 730, [[60, "Meltwater now supplies up to a quarter of the summer flow, and in dry"]]), footer(1)],
      [header(2), line(2, 760, [[60, "years even more of it, the report finds."]]), line(2, 730, [[60, "Reservoirs can store part of it."]]), footer(2)],
      [header(3), line(3, 760, [[60, "The network began measuring in 1894."]]), footer(3)],
    ];
    expect(pagesToMarkdown(pages)).toBe(
      [
        "# Why the ice goes",
        "Meltwater now supplies up to a quarter of the summer flow, and in dry years even more of it, the report finds.",
        "Reservoirs can store part of it.",
        "The network began measuring in 1894.",
      ].join("\n\n"),
    );
  });

  it("reads numbered items with a gap after the number as a list, not a table", () => {
    const pages = [
      [
        line(1, 700, [[60, "What the valleys can do:"]]),
        line(1, 680, [[70, "1."], [92, "Build storage reservoirs."]]),
        line(1, 664, [[70, "2."], [92, "Map the new lakes at glacier"]]),
        line(1, 648, [[92, "snouts and warn the villages."]]),
      ],
    ];
    expect(pagesToMarkdown(pages)).toBe("What the valleys can do:\n\n1. Build storage reservoirs.\n2. Map the new lakes at glacier snouts and warn the villages.");
  });

  it("reads text in aligned columns as a table and a cell's wrapped line as part of its row", () => {
    const pages = [
      [
        line(1, 700, [[60, "Glacier"], [200, "Length lost"], [330, "Main threat"]]),
        line(1, 684, [[60, "Aletsch Glacier"], [200, "1.3 kilometres"], [330, "Thinning of"]]),
        line(1, 670, [[330, "the tongue"]]),
        line(1, 654, [[60, "Rhône Glacier"], [200, "0.9 kilometres"], [330, "A lake"]]),
        line(1, 620, [[60, "After the table comes ordinary text again, across the page."]]),
      ],
    ];
    expect(pagesToMarkdown(pages)).toBe(
      [
        "| Glacier | Length lost | Main threat |\n| --- | --- | --- |\n| Aletsch Glacier | 1.3 kilometres | Thinning of the tongue |\n| Rhône Glacier | 0.9 kilometres | A lake |",
        "After the table comes ordinary text again, across the page.",
      ].join("\n\n"),
    );
  });
});
