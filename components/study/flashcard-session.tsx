"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { SessionCard } from "@/lib/data/study";
import { GRADE_LABELS, GRADES, type GradeValue } from "@/lib/study/scheduler";
import { LEARN_AHEAD_MS } from "@/lib/study/queue";
import { ApiError, postJson } from "@/lib/api-client";

type Graded = { requestId: string; card: SessionCard; rating: GradeValue };
type GradeResponse = { due: string; nextIntervals: Record<GradeValue, string> };

const gradeStyles: Record<GradeValue, string> = {
  1: "border-red-700 text-red-800",
  2: "border-amber-700 text-amber-900",
  3: "border-green-700 text-green-800",
  4: "border-brand-700 text-brand-800",
};

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === "BUTTON" || target.tagName === "A");
}

export function FlashcardSession({
  setId,
  initialCards,
  today,
  lastGrade,
  newCards,
}: {
  setId: string;
  initialCards: SessionCard[];
  today: Record<GradeValue, number>;
  lastGrade: { requestId: string; itemId: string } | null;
  /** The daily new-card limit and what is left of it when the page loaded; grading a new card uses one up. */
  newCards?: { perDay: number; left: number };
}) {
  const router = useRouter();
  const [queue, setQueue] = useState(initialCards);
  const [flipped, setFlipped] = useState(false);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<Graded[]>([]);
  const [counts, setCounts] = useState(today);
  const [newLeft, setNewLeft] = useState(newCards?.left ?? 0);
  const [message, setMessage] = useState("");
  // A grade that failed to reach the server is retried with the same id, so it can never count twice.
  const pendingIds = useRef(new Map<string, string>());
  const cardRef = useRef<HTMLDivElement>(null);

  const current = queue[0];
  const serverUndo = history.length === 0 ? lastGrade : null;

  const grade = useCallback(
    async (rating: GradeValue) => {
      if (!current || !flipped || busy) return;
      setBusy(true);
      const requestId = pendingIds.current.get(current.itemId) ?? crypto.randomUUID();
      pendingIds.current.set(current.itemId, requestId);
      try {
        const body = await postJson<GradeResponse>("/api/reviews", { requestId, itemId: current.itemId, rating }, "The grade was not saved. Please try again.");
        pendingIds.current.delete(current.itemId);
        const dueIn = new Date(body.due).getTime() - Date.now();
        setQueue((cards) => {
          const rest = cards.slice(1);
          return dueIn <= LEARN_AHEAD_MS ? [...rest, { ...current, isNew: false, intervals: body.nextIntervals }] : rest;
        });
        setHistory((past) => [...past, { requestId, card: current, rating }]);
        setCounts((value) => ({ ...value, [rating]: value[rating] + 1 }));
        if (current.isNew) setNewLeft((left) => Math.max(0, left - 1));
        setFlipped(false);
        setMessage(`Saved: ${GRADE_LABELS[rating]}. ${dueIn <= LEARN_AHEAD_MS ? "This card comes back in this session." : `Next review in ${current.intervals[rating]}.`}`);
        cardRef.current?.focus();
      } catch (failure) {
        if (failure instanceof ApiError && failure.status > 0) {
          if (failure.status < 500) pendingIds.current.delete(current.itemId);
          setMessage(failure.message);
        } else {
          setMessage("You seem to be offline. The grade was not saved; press it again to retry.");
        }
      } finally {
        setBusy(false);
      }
    },
    [busy, current, flipped],
  );

  const undo = useCallback(async () => {
    if (busy) return;
    const last = history.at(-1);
    const requestId = last?.requestId ?? serverUndo?.requestId;
    if (!requestId) {
      setMessage("Nothing to undo.");
      return;
    }
    setBusy(true);
    try {
      await postJson("/api/reviews/undo", { requestId }, "Could not undo. Please try again.");
      if (last) {
        setHistory((past) => past.slice(0, -1));
        setQueue((cards) => [last.card, ...cards.filter((card) => card.itemId !== last.card.itemId)]);
        setCounts((value) => ({ ...value, [last.rating]: Math.max(0, value[last.rating] - 1) }));
        if (last.card.isNew) setNewLeft((left) => left + 1);
        setFlipped(false);
        setMessage(`Undone: the card is back as it was before you graded it ${GRADE_LABELS[last.rating]}.`);
      } else {
        setMessage("Undone: the last grade was taken back.");
        router.refresh();
      }
    } catch (failure) {
      setMessage(failure instanceof ApiError && failure.status > 0 ? failure.message : "You seem to be offline. Nothing was undone.");
    } finally {
      setBusy(false);
    }
  }, [busy, history, router, serverUndo]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (event.key === " " || event.key === "Enter") {
        if (isActivatable(event.target) || !current) return;
        event.preventDefault();
        setFlipped((value) => !value);
      } else if (["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as GradeValue);
      } else if (event.key === "u" || event.key === "U") {
        event.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, grade, undo]);

  const reviewed = GRADES.reduce((sum, rating) => sum + counts[rating], 0);
  const canUndo = history.length > 0 || !!serverUndo;

  return (
    <div className="space-y-4">
      {newCards ? (
        <p className="text-sm text-slate-700" data-testid="new-cards-left">
          Up to {newCards.perDay} new cards a day ({newLeft} left today).{" "}
          <Link href="/progress#settings" className="text-brand-800 underline">
            Change
          </Link>
        </p>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="study-status">
        {message}
      </p>
      {current ? (
        <>
          <p className="text-sm text-slate-700" data-testid="remaining">
            {queue.length} {queue.length === 1 ? "card" : "cards"} left · {queue.filter((card) => card.isNew).length} new · reviewed today: {reviewed}
          </p>
          <progress
            className="h-2 w-full overflow-hidden rounded-full accent-brand-700"
            max={history.length + queue.length}
            value={history.length}
            aria-label={`Session progress: ${history.length} of ${history.length + queue.length} graded`}
          />
          <div
            ref={cardRef}
            tabIndex={-1}
            aria-label={flipped ? "Card, answer shown" : "Card, question side"}
            role="group"
            data-testid="flashcard"
            className="min-h-56 rounded-xl border border-slate-300 bg-white p-5 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
              {current.isNew ? "New card" : "Review"} · {current.section || "Article"}
            </p>
            <p className="mt-3 text-lg break-words" data-testid="card-front">
              {current.front}
            </p>
            {flipped ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <p className="text-lg font-semibold break-words" data-testid="card-back">
                  {current.back}
                </p>
                <p className="mt-2 text-sm text-slate-700 break-words">{current.explanation}</p>
                <Link
                  href={`/sets/${setId}?highlight=${encodeURIComponent(current.itemKey)}#quote`}
                  className="mt-3 inline-block text-sm font-semibold text-brand-800 underline"
                >
                  Show source
                </Link>
              </div>
            ) : null}
          </div>
          {flipped ? (
            <div
              role="group"
              aria-label="How well did you remember?"
              className="sticky bottom-0 z-10 grid grid-cols-2 gap-2 border-t border-slate-200 bg-white/95 py-2 sm:static sm:grid-cols-4 sm:border-0 sm:bg-transparent sm:p-0"
            >
              {GRADES.map((rating) => (
                <button
                  key={rating}
                  type="button"
                  disabled={busy}
                  onClick={() => void grade(rating)}
                  aria-keyshortcuts={String(rating)}
                  className={`min-h-14 rounded-md border-2 bg-white px-2 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60 ${gradeStyles[rating]}`}
                >
                  <span className="block">
                    {GRADE_LABELS[rating]} <span className="sr-only">(key {rating}), next in</span>
                  </span>
                  <span className="block text-xs font-normal text-slate-700">{current.intervals[rating]}</span>
                </button>
              ))}
            </div>
          ) : (
            <Button type="button" onClick={() => setFlipped(true)} aria-keyshortcuts="Space Enter" className="w-full">
              Show answer
            </Button>
          )}
        </>
      ) : (
        <section aria-labelledby="summary-heading" className="rounded-xl border border-green-300 bg-green-50 p-5" data-testid="session-summary">
          <h2 id="summary-heading" className="text-xl font-semibold">
            Session complete
          </h2>
          <p className="mt-1 text-slate-800">
            {reviewed === 0 ? "Nothing is due right now." : `You reviewed ${reviewed} ${reviewed === 1 ? "card" : "cards"} in this set today.`}
          </p>
          <dl className="mt-3 grid grid-cols-4 gap-2 text-center text-sm">
            {GRADES.map((rating) => (
              <div key={rating}>
                <dt className="text-slate-700">{GRADE_LABELS[rating]}</dt>
                <dd className="text-lg font-semibold">{counts[rating]}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href="/progress" className="font-semibold text-brand-800 underline">
              See your progress
            </Link>
            <Link href={`/sets/${setId}/cloze`} className="font-semibold text-brand-800 underline">
              Practise cloze
            </Link>
            <Link href={`/sets/${setId}`} className="font-semibold text-brand-800 underline">
              Back to the set
            </Link>
          </p>
        </section>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <Button type="button" variant="secondary" onClick={() => void undo()} disabled={!canUndo || busy} aria-keyshortcuts="U">
          Undo last grade
        </Button>
        <p>
          Keys: <kbd>Space</kbd>/<kbd>Enter</kbd> flip · <kbd>1</kbd>–<kbd>4</kbd> grade · <kbd>U</kbd> undo
        </p>
      </div>
    </div>
  );
}
