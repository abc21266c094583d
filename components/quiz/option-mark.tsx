import type { AnswerFeedback } from "@/lib/quiz/types";
import type { PublicQuestion } from "@/lib/quiz/public-question";

// Marks on a multiple-choice or true/false option once it is answered: the learner's pick and the
// right one, each in words and with an icon as well as a colour, so colour is never the only cue.

type ChoiceQuestion = Extract<PublicQuestion, { type: "multiple_choice" | "true_false" }>;

/** The options as the learner saw them, each with the text it is compared by. */
export function optionsOf(question: ChoiceQuestion): { key: string; label: string; value: string | boolean }[] {
  if (question.type === "true_false") return [true, false].map((value) => ({ key: String(value), label: value ? "True" : "False", value }));
  return question.choices.map((choice) => ({ key: choice, label: choice, value: choice }));
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What an option is once answered: chosen, right, both or neither (right is known only when graded). */
export function markOf(option: { label: string; value: string | boolean }, result: AnswerFeedback): { chosen: boolean; right: boolean } {
  const chosen = result.response === option.value;
  const right = result.status === "graded" && same(result.expected, option.label);
  return { chosen, right };
}

/** An answered option's box: green border for the right one, red for a wrong pick, plain otherwise. */
export function markedChoiceClass({ chosen, right }: { chosen: boolean; right: boolean }): string {
  const tone = right ? "border-green-700 bg-green-50" : chosen ? "border-red-700 bg-red-50" : "border-slate-300 bg-white";
  return `flex min-h-11 items-center gap-3 rounded-md border-2 px-3 py-2 ${tone}`;
}

export function OptionMark({ chosen, right, graded }: { chosen: boolean; right: boolean; graded: boolean }) {
  if (!chosen && !right) return null;
  const text = !graded ? "Your answer" : chosen && right ? "Your answer, right" : chosen ? "Your answer, wrong" : "Right answer";
  const tone = !graded ? "bg-slate-100 text-slate-900" : right ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900";
  return (
    <span className={`ml-auto shrink-0 rounded px-2 py-0.5 text-sm font-semibold ${tone}`} data-testid="option-mark">
      <span aria-hidden="true">{!graded ? "• " : right ? "✓ " : "✗ "}</span>
      {text}
    </span>
  );
}

/** A read-only list of the options with the marks, for the review of a submitted attempt. */
export function MarkedOptions({ question, result }: { question: ChoiceQuestion; result: AnswerFeedback }) {
  return (
    <ul className="mt-2 flex flex-col gap-2" aria-label="Options">
      {optionsOf(question).map((option) => {
        const mark = markOf(option, result);
        return (
          <li key={option.key} className={markedChoiceClass(mark)}>
            <span>{option.label}</span>
            <OptionMark {...mark} graded={result.status === "graded"} />
          </li>
        );
      })}
    </ul>
  );
}
