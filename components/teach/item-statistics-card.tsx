import Link from "next/link";
import { FLAG_LABELS, type ItemStatistics } from "@/lib/reports/item-analysis";
import { discriminationText, facilityText, fixHref, percentText } from "./item-analysis-format";

/** One question's figures: facility, discrimination, who picked which option, its flags and the way to fix it. */
export function ItemStatisticsCard({ item, number, setId, back }: { item: ItemStatistics; number: number; setId: string; back: string }) {
  const { question } = item;
  const enough = item.facility !== null;
  return (
    <li id={`item-${question.itemId}`} className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-3" data-testid="question-report">
      <h3 className="font-medium">
        Q{number}. {question.prompt}
      </h3>
      <p className="text-sm text-slate-700">
        {question.type.replace("_", " ")} · key: <strong>{question.answerText}</strong>
      </p>
      {item.flags.length ? (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label="Flags">
          {item.flags.map((flag) => (
            <li key={flag} className="rounded border border-amber-400 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900">
              ⚠ {FLAG_LABELS[flag]}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="font-medium">Students shown it</dt>
        <dd>
          {item.students} ({item.answered} answered)
        </dd>
        <dt className="font-medium">Right (facility)</dt>
        <dd>{facilityText(item)}</dd>
        <dt className="font-medium">Discrimination</dt>
        <dd>{discriminationText(item)}</dd>
      </dl>
      {item.students > 0 ? (
        <table className="mt-2 w-full text-sm">
          <caption className="text-left font-medium">Answers picked</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Students</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {item.options.map((option) => (
              <tr key={option.option} className="border-t border-slate-100">
                <td className="py-1 pr-2">
                  {option.option} {option.isKey ? <span className="font-semibold text-green-800">(✓ key)</span> : null}
                </td>
                <td className="py-1 pr-2 text-right">{option.picked}</td>
                <td className="w-16 py-1 text-right">{enough ? percentText(option.share) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="mt-2">
        <Link href={fixHref(setId, question.itemId, back)} className="text-sm font-semibold text-brand-800 underline underline-offset-2">
          {item.flags.length ? "Fix or retire this question" : "Open beside its source"}
        </Link>
      </p>
    </li>
  );
}
