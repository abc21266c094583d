import type { PracticeResult } from "@/lib/study/practice";

export function PracticeFeedback({ result, setId }: { result: PracticeResult; setId: string }) {
  return (
    <div className={`rounded-md border p-3 text-sm ${result.correct ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}>
      <p className="font-semibold">
        {result.correct ? (result.typo ? "Right (mind the spelling)." : "Right.") : "Not quite."}
        {result.expected ? ` Answer: ${result.expected}` : null}
      </p>
      {result.explanation ? <p className="mt-1 text-slate-800 break-words">{result.explanation}</p> : null}
      <a href={`/sets/${setId}?highlight=${encodeURIComponent(result.itemKey)}#quote`} className="mt-1 inline-block font-semibold text-brand-800 underline">
        Show source
      </a>
    </div>
  );
}
