import Link from "next/link";
import { FLAG_LABELS, type ItemStatistics } from "@/lib/reports/item-analysis";
import { discriminationText, facilityText, fixHref } from "./item-analysis-format";

/** Every question in one table: the facility chart's accessible twin, and the jump list to each item. */
export function ItemAnalysisSummary({ items, setId, back }: { items: ItemStatistics[]; setId: string; back: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">Facility and discrimination per question</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="p-2">#</th>
            <th scope="col" className="p-2">Question</th>
            <th scope="col" className="p-2">Right (facility)</th>
            <th scope="col" className="p-2">Discrimination</th>
            <th scope="col" className="p-2">Flags</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.question.itemId} className="border-b align-top" data-testid="item-summary-row">
              <td className="p-2">Q{index + 1}</td>
              <td className="p-2">
                <a href={`#item-${item.question.itemId}`} className="text-brand-800 underline underline-offset-2">
                  {item.question.prompt}
                </a>
              </td>
              <td className="whitespace-nowrap p-2">{facilityText(item)}</td>
              <td className="p-2">{discriminationText(item)}</td>
              <td className="p-2">
                {item.flags.length ? (
                  <Link href={fixHref(setId, item.question.itemId, back)} className="font-medium text-amber-900 underline underline-offset-2">
                    ⚠ {item.flags.map((flag) => FLAG_LABELS[flag]).join("; ")}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
