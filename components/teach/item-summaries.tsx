import { QuoteText } from "@/components/study/quote-text";
import type { FlashcardDraft, QuestionDraft } from "@/lib/validations/study-set";

// How a card or question reads when it is not being edited: what the student sees, the key marked
// with a check and the word "key" (not colour alone).

export function SourceQuote({ source }: { source: { section: string; quote: string } }) {
  if (!source.quote) return <p className="text-xs text-slate-600">Your own item (no source quote).</p>;
  return (
    <figure className="rounded border-l-4 border-brand-700 bg-slate-50 px-3 py-2 text-sm">
      <figcaption className="text-xs font-medium text-slate-600">Source{source.section ? ` · ${source.section}` : ""}</figcaption>
      <QuoteText quote={source.quote} className="text-slate-800" />
    </figure>
  );
}

const Key = () => <span className="font-semibold text-green-800">✓ key</span>;

export function QuestionSummary({ question }: { question: QuestionDraft }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-base">{question.prompt || <em>(no question text)</em>}</p>
      {question.type === "multiple_choice" || question.type === "multiple_response" ? (
        <ul className="ml-5 list-disc">
          {(question.choices ?? []).map((choice, index) => (
            <li key={index}>
              {choice} {choice === question.answer || (question.type === "multiple_response" && (question.answers ?? []).includes(choice)) ? <Key /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {question.type === "true_false" ? (
        <p>
          Answer: <strong>{question.answer === true ? "True" : "False"}</strong>
        </p>
      ) : null}
      {question.type === "fill_in" ? (
        <p>
          Answer: <strong>{String(question.answer ?? "")}</strong>
          {question.accepted?.length ? ` (also: ${question.accepted.join(", ")})` : ""}
        </p>
      ) : null}
      {question.type === "matching" ? (
        <ul className="ml-5 list-disc">
          {(question.pairs ?? []).map((pair, index) => (
            <li key={index}>
              {pair.left} → {pair.right}
            </li>
          ))}
        </ul>
      ) : null}
      {question.type === "ordering" ? <p>In order: {(question.items ?? []).join(" → ")}</p> : null}
    </div>
  );
}

export function FlashcardSummary({ card }: { card: FlashcardDraft }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
      <dt className="font-medium">Front</dt>
      <dd className="text-base">{card.front}</dd>
      <dt className="font-medium">Back</dt>
      <dd>{card.back}</dd>
    </dl>
  );
}
