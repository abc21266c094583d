"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { MatchRound } from "@/lib/data/study";
import { postJson } from "@/lib/api-client";
import type { PracticeResult } from "@/lib/study/practice";

// Pick a prompt, then the answer that belongs to it; the server says whether the pair is right.
export function MatchPractice({ rounds }: { rounds: MatchRound[] }) {
  const [roundIndex, setRoundIndex] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [matched, setMatched] = useState<Record<string, string>>({});
  const [misses, setMisses] = useState(0);
  const [message, setMessage] = useState("Choose a prompt, then its answer.");
  const [busy, setBusy] = useState(false);
  const round = rounds[roundIndex];

  if (!round) {
    return (
      <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4">
        All rounds matched, with {misses} wrong {misses === 1 ? "pairing" : "pairings"} along the way.
      </p>
    );
  }
  const usedBacks = new Set(Object.values(matched));
  const done = round.fronts.every((front) => matched[front.itemId]);

  async function pick(back: string) {
    if (!selected || busy) {
      setMessage("Choose a prompt first.");
      return;
    }
    setBusy(true);
    try {
      const result = await postJson<PracticeResult>("/api/practice/check", { itemId: selected, mode: "match", response: back });
      if (result.correct) {
        setMatched((value) => ({ ...value, [selected]: back }));
        setSelected(null);
        setMessage(`Matched: “${back}”.`);
      } else {
        setMisses((value) => value + 1);
        setMessage(`“${back}” does not belong to that prompt. Try another answer.`);
      }
    } catch (failure) {
      setMessage(failure instanceof Error ? failure.message : "Could not check the pair.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Round {roundIndex + 1} of {rounds.length}
      </p>
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium">
        {message}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="mb-1 font-semibold">Prompts</legend>
          {round.fronts.map((front) => (
            <button
              key={front.itemId}
              type="button"
              aria-pressed={selected === front.itemId}
              disabled={!!matched[front.itemId]}
              onClick={() => setSelected(front.itemId)}
              className="block w-full rounded-md border border-slate-300 bg-white p-3 text-left text-sm break-words aria-pressed:border-brand-700 aria-pressed:ring-2 aria-pressed:ring-brand-600 disabled:border-green-600 disabled:bg-green-50 disabled:text-slate-800"
            >
              {front.text}
              {matched[front.itemId] ? <span className="mt-1 block font-semibold">→ {matched[front.itemId]}</span> : null}
            </button>
          ))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-1 font-semibold">Answers</legend>
          {round.backs.map((back) => (
            <button
              key={back}
              type="button"
              disabled={usedBacks.has(back) || busy}
              onClick={() => void pick(back)}
              className="block w-full rounded-md border border-slate-300 bg-white p-3 text-left text-sm break-words hover:bg-slate-50 disabled:bg-slate-100 disabled:text-slate-600"
            >
              {back}
            </button>
          ))}
        </fieldset>
      </div>
      {done ? (
        <Button
          type="button"
          onClick={() => {
            setRoundIndex((value) => value + 1);
            setMatched({});
            setMessage("Choose a prompt, then its answer.");
          }}
        >
          Next round
        </Button>
      ) : null}
    </div>
  );
}
