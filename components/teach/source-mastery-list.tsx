import Link from "next/link";
import type { SourceMastery } from "@/lib/reports/item-analysis";
import { fixHref, percentText } from "./item-analysis-format";

const MATERIAL_LABELS: Record<string, string> = { key_fact: "Key facts", table: "Table", expert: "Experts", timeline: "Dates and events" };

/** The article's parts the class missed most, each question linked to its passage. */
export function SourceMasteryList({ groups, setId, back }: { groups: SourceMastery[]; setId: string; back: string }) {
  if (groups.length === 0) return <p className="text-slate-700">Nothing answered yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {groups.map((group) => (
        <li key={`${group.section}-${group.material}-${group.expert ?? ""}`} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="source-mastery">
          <h3 className="font-medium">
            {group.expert ? `Expert: ${group.expert}` : (MATERIAL_LABELS[group.material] ?? group.material)} · {group.section || "Opening"}
          </h3>
          <p className="text-sm text-slate-700">
            {percentText(group.wrongShare)} wrong ({group.wrong} of {group.shown} answers)
          </p>
          <ul className="mt-1 ml-5 list-disc text-sm">
            {group.items.map((item) => (
              <li key={item.itemId}>
                <Link href={fixHref(setId, item.itemId, back)} className="text-brand-800 underline underline-offset-2">
                  {item.quote ? `“${item.quote}”` : item.prompt}
                </Link>{" "}
                — {item.wrong} of {item.shown} wrong
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
