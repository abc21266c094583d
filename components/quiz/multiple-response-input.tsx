"use client";

import { choiceClass } from "@/components/ui/field";

type Props = { name: string; prompt: string; choices: string[]; ticked: string[]; onChange: (ticked: string[]) => void; disabled: boolean };

/**
 * Several right answers: one checkbox per choice, each labelled by its text. The hint says that more
 * than one may be right but not how many, which would give part of the answer away.
 */
export function MultipleResponseInput({ name, prompt, choices, ticked, onChange, disabled }: Props) {
  const hintId = `${name}-hint`;
  // Kept in the order shown, so the stored answer reads like the question.
  const toggle = (choice: string, on: boolean) => onChange(choices.filter((c) => (c === choice ? on : ticked.includes(c))));
  return (
    <fieldset disabled={disabled} aria-describedby={hintId}>
      <legend className="mb-1 text-lg font-medium">{prompt}</legend>
      <p id={hintId} className="mb-3 text-sm text-slate-700">
        Tick every right answer: there may be more than one.
      </p>
      <div className="flex flex-col gap-2">
        {choices.map((choice) => (
          <label key={choice} className={choiceClass}>
            <input type="checkbox" name={name} value={choice} checked={ticked.includes(choice)} onChange={(event) => toggle(choice, event.target.checked)} className="size-5 shrink-0" />
            <span className="break-words">{choice}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
