import { QuoteText } from "@/components/study/quote-text";
import type { AnswerFeedback as Feedback } from "@/lib/quiz/types";
import { explanationBeyondQuote } from "@/lib/study/quote-text";

/** A response as the learner would say it. */
export function describeResponse(response: Feedback["response"]): string {
  if (typeof response === "boolean") return response ? "True" : "False";
  if (typeof response === "string") return response;
  return response.map((part) => (typeof part === "string" ? part : `${part.left} → ${part.right}`)).join("; ");
}

/** What the learner is told after answering: right or not, the right answer, why, and where the article says so. */
export function QuestionFeedback({ result }: { result: Feedback }) {
  if (result.status === "recorded") {
    return <p className="font-medium text-slate-800">Answer saved: {describeResponse(result.response)}</p>;
  }
  return (
    <div className={`rounded-md border-l-4 p-4 ${result.correct ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>
      <p className={`text-lg font-semibold ${result.correct ? "text-green-800" : "text-red-800"}`}>{result.correct ? "Correct!" : "Not quite."}</p>
      <p className="mt-1 text-slate-800">
        <span className="font-medium">Your answer:</span> {describeResponse(result.response)}
      </p>
      {result.correct ? null : (
        <p className="mt-1 text-slate-800">
          <span className="font-medium">Right answer:</span> {result.expected}
        </p>
      )}
      {explanationBeyondQuote(result.explanation, result.source.quote) ? (
        <p className="mt-2 text-slate-800">{explanationBeyondQuote(result.explanation, result.source.quote)}</p>
      ) : null}
      <figure className="mt-3">
        <QuoteText quote={result.source.quote} className="border-l-2 border-slate-400 pl-3 italic text-slate-700" />
        {result.source.section ? <figcaption className="mt-1 text-sm text-slate-600">From “{result.source.section}”</figcaption> : null}
      </figure>
    </div>
  );
}
