"use client";

import { useEffect, useRef, useState } from "react";

type Props = { name: string; prompt: string; items: string[]; onChange: (items: string[]) => void; disabled: boolean };

const moveClass =
  "min-h-11 min-w-11 rounded-md border border-slate-300 bg-white px-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400";

/** Put items in order with Move up / Move down buttons; focus follows the moved item and the move is announced. */
export function OrderingInput({ name, prompt, items, onChange, disabled }: Props) {
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<{ item: string; direction: "up" | "down" } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!focus) return;
    const target = buttons.current.get(`${focus.item}:${focus.direction}`);
    const fallback = buttons.current.get(`${focus.item}:${focus.direction === "up" ? "down" : "up"}`);
    (target && !target.disabled ? target : fallback)?.focus();
  }, [focus, items]);

  function move(index: number, direction: "up" | "down") {
    const to = direction === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[index], next[to]] = [next[to], next[index]];
    onChange(next);
    setFocus({ item: items[index], direction });
    setAnnouncement(`“${items[index]}” moved to position ${to + 1} of ${items.length}.`);
  }

  return (
    <fieldset disabled={disabled}>
      <legend className="mb-3 text-lg font-medium">{prompt}</legend>
      <ol className="flex flex-col gap-2" id={name}>
        {items.map((item, index) => (
          <li key={item} className="flex items-center gap-2 rounded-md border border-slate-300 bg-white p-2">
            <span className="w-6 shrink-0 text-center font-semibold text-slate-600" aria-hidden="true">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1 break-words">{item}</span>
            <button
              type="button"
              ref={(el) => {
                if (el) buttons.current.set(`${item}:up`, el);
                else buttons.current.delete(`${item}:up`);
              }}
              className={moveClass}
              disabled={disabled || index === 0}
              onClick={() => move(index, "up")}
              aria-label={`Move “${item}” up`}
            >
              ↑
            </button>
            <button
              type="button"
              ref={(el) => {
                if (el) buttons.current.set(`${item}:down`, el);
                else buttons.current.delete(`${item}:down`);
              }}
              className={moveClass}
              disabled={disabled || index === items.length - 1}
              onClick={() => move(index, "down")}
              aria-label={`Move “${item}” down`}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
