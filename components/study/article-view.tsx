import type { ReactNode } from "react";
import type { Article, Block } from "@/lib/generator";
import { findQuote, holdsQuote, quoteLines } from "@/lib/study/highlight";

// The article as the generator read it: sections, paragraphs, lists, tables and experts.
// With a quote, the passages it came from are marked and the first one gets id="quote".

type Marker = { lines: string[]; used: boolean };

function markId(marker: Marker): string | undefined {
  if (marker.used) return undefined;
  marker.used = true;
  return "quote";
}

function marked(text: string, marker: Marker | null): ReactNode {
  const range = marker ? findQuote(text, marker.lines) : null;
  if (!marker || !range) return text;
  return (
    <>
      {text.slice(0, range.start)}
      <mark id={markId(marker)} className="rounded bg-amber-200 px-0.5 text-slate-950 scroll-mt-24">
        {text.slice(range.start, range.end)}
      </mark>
      {text.slice(range.end)}
    </>
  );
}

function renderBlock(block: Block, key: number, marker: Marker | null): ReactNode {
  switch (block.kind) {
    case "paragraph":
      return (
        <p key={key} className="leading-relaxed">
          {marked(block.raw, marker)}
        </p>
      );
    case "list":
      return (
        // The list's intro is the end of the paragraph just above, which is already shown.
        <ul key={key} className="ml-5 list-disc space-y-1">
          {block.items.map((item, index) => (
            <li key={index}>{marked(item.text, marker)}</li>
          ))}
        </ul>
      );
    case "table":
      return (
        <div key={key} className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Table: ${block.header.join(", ")}`}>
          <table className="min-w-full border-collapse text-sm">
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index} scope="col" className="border border-slate-300 bg-slate-100 px-2 py-1 text-left">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => {
                const hit = marker && holdsQuote(row.raw, marker.lines);
                return (
                  <tr key={index} id={hit ? markId(marker) : undefined} className={hit ? "bg-amber-200" : undefined} data-highlighted={hit || undefined}>
                    {row.cells.map((cell, cellIndex) => (
                      <td key={cellIndex} className="border border-slate-300 px-2 py-1 align-top">
                        {cell}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      );
    case "expert": {
      const hit = marker && holdsQuote(block.raw, marker.lines);
      return (
        <p key={key} className="font-semibold">
          {hit ? (
            <mark id={markId(marker)} className="rounded bg-amber-200 px-0.5 text-slate-950">
              {block.name} – {block.affiliation}
            </mark>
          ) : (
            <>
              {block.name} <span className="font-normal text-slate-700">– {block.affiliation}</span>
            </>
          )}
        </p>
      );
    }
  }
}

export function ArticleView({ article, quote }: { article: Article; quote?: string | null }) {
  const marker: Marker | null = quote ? { lines: quoteLines(quote), used: false } : null;
  return (
    <article className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      {article.sections.map((section, index) => (
        <section key={index} className="space-y-3">
          {section.heading ? <h3 className="text-lg font-semibold">{section.heading}</h3> : null}
          {section.blocks.map((block, blockIndex) => renderBlock(block, blockIndex, marker))}
        </section>
      ))}
    </article>
  );
}
