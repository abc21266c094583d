import { tableCellsOf, unwrapQuote } from "@/lib/study/quote-text";

/** A source quote as the article had it: a table row as a row of cells, prose without doubled quotation marks. */
export function QuoteText({ quote, className = "" }: { quote: string; className?: string }) {
  const cells = tableCellsOf(quote);
  if (cells) {
    return (
      <div className={`overflow-x-auto ${className}`}>
        <table className="border-collapse text-sm">
          <caption className="sr-only">Table row from the article</caption>
          <tbody>
            <tr>
              {cells.map((cell, index) => (
                <td key={index} className="border border-slate-300 bg-white px-2 py-1 not-italic">
                  {cell}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    );
  }
  return <blockquote className={className}>{unwrapQuote(quote)}</blockquote>;
}
