"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { ArticleView } from "@/components/study/article-view";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import type { Article } from "@/lib/generator";
import { emptyFilter, filterOptions, matchesFilter, type ReviewEntry, type ReviewFilter } from "@/lib/teaching/review-filter";
import { studySetDraftSchema, type FlashcardDraft, type QuestionDraft, type StudySetDraft } from "@/lib/validations/study-set";
import { ApiError, callApi } from "@/lib/api-client";
import { FlashcardEditor, QuestionEditor } from "./item-editors";
import { FlashcardSummary, QuestionSummary, SourceQuote } from "./item-summaries";
import { ReviewItemCard } from "./review-item-card";
import { ReviewToolbar } from "./review-toolbar";

// The review of a generated set: every item as a compact card beside the article, kept, discarded
// or edited in place, by mouse or by keyboard alone (see ReviewToolbar for the keys). Discarding
// removes the item from the form (undo puts it back where it was); publishing keeps every item not
// discarded. The server parses the same schema; its 422 paths ("questions.3.answer") land on the
// same fields, and the item with an error opens for editing.

type Discarded = { kind: "question" | "card"; index: number; value: QuestionDraft | FlashcardDraft };

let localIds = 0;
function localId(prefix: string): string {
  localIds += 1;
  return `new-${prefix}-${Date.now().toString(36)}-${localIds}`;
}

function newFlashcard(): FlashcardDraft {
  return { id: localId("card"), kind: "key_fact", material: "key_fact", front: "", back: "", explanation: "", difficulty: "medium", source: { section: "", quote: "" } };
}

function newQuestion(type: "multiple_choice" | "true_false"): QuestionDraft {
  const base = { id: localId("q"), material: "key_fact" as const, prompt: "", explanation: "", difficulty: "medium" as const, source: { section: "", quote: "" } };
  return type === "multiple_choice" ? { ...base, type, choices: ["", "", "", ""], answer: "" } : { ...base, type, answer: true };
}

export function ReviewForm({
  setId,
  initial,
  published,
  article,
  flags,
}: {
  setId: string;
  initial: StudySetDraft;
  published: boolean;
  article: Article;
  flags: Record<string, string[]>;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string }>();
  const { register, control, handleSubmit, setError, formState, getValues } = useForm<StudySetDraft>({
    resolver: zodResolver(studySetDraftSchema),
    defaultValues: initial,
  });
  const cards = useFieldArray({ control, name: "flashcards", keyName: "key" });
  const questions = useFieldArray({ control, name: "questions", keyName: "key" });
  const questionValues = useWatch({ control, name: "questions" }) ?? [];
  const cardValues = useWatch({ control, name: "flashcards" }) ?? [];
  const { errors, isSubmitting } = formState;

  // Kept marks are saved with the draft, so a reopened draft shows what was already reviewed.
  const [kept, setKept] = useState<Set<string>>(() => new Set(initial.kept ?? []));
  const [editing, setEditing] = useState<Set<string>>(() => new Set());
  const [filter, setFilter] = useState<ReviewFilter>(emptyFilter);
  const [undoStack, setUndoStack] = useState<Discarded[][]>([]);
  const [activeQuote, setActiveQuote] = useState<string | null>(null);
  const pendingFocus = useRef<{ id: string; field: boolean } | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLDivElement>(null);

  const entries: ReviewEntry[] = [
    // From the field arrays, which change with discards at once (watched values follow a render later);
    // id, type, material and section are never edited.
    ...questions.fields.map((field, index) => ({
      kind: "question" as const,
      index,
      id: field.id,
      type: field.type,
      material: field.material,
      section: field.source.section,
      flagged: !!flags[field.id],
      kept: kept.has(field.id),
    })),
    ...cards.fields.map((field, index) => ({
      kind: "card" as const,
      index,
      id: field.id,
      type: field.kind,
      material: field.material,
      section: field.source.section,
      flagged: !!flags[field.id],
      kept: kept.has(field.id),
    })),
  ];
  const shown = entries.filter((entry) => matchesFilter(entry, filter));
  // The article is long; render it again only when the highlighted quote changes.
  const articleView = useMemo(() => <ArticleView article={article} quote={activeQuote} />, [article, activeQuote]);
  const keptCount = entries.filter((entry) => kept.has(entry.id)).length;
  const discardedCount = undoStack.reduce((sum, batch) => sum + batch.length, 0);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !listRef.current) return;
    const card = listRef.current.querySelector<HTMLElement>(`[data-review-item="${CSS.escape(pending.id)}"]`);
    const target = pending.field ? card?.querySelector<HTMLElement>("textarea, input") : card;
    if (!target) return; // not rendered yet: try again after the next render
    pendingFocus.current = null;
    target.focus();
  });

  useEffect(() => {
    const panel = articleRef.current;
    const mark = panel?.querySelector<HTMLElement>("#quote");
    if (panel && mark) panel.scrollTo({ top: Math.max(0, mark.offsetTop - 80) });
  }, [activeQuote]);

  const cardElements = () => [...(listRef.current?.querySelectorAll<HTMLElement>("[data-review-item]") ?? [])];
  const neighbourId = (id: string, step: number): string | null => {
    const all = cardElements();
    const at = all.findIndex((element) => element.dataset.reviewItem === id);
    return all[at + step]?.dataset.reviewItem ?? null;
  };

  function keep(ids: string[]) {
    setKept((current) => new Set([...current, ...ids]));
  }

  function discard(targets: ReviewEntry[]) {
    if (targets.length === 0) return;
    const values = getValues();
    const batch: Discarded[] = targets
      .map((entry) => ({ kind: entry.kind, index: entry.index, value: entry.kind === "question" ? values.questions[entry.index] : values.flashcards[entry.index] }))
      .sort((a, b) => a.index - b.index);
    questions.remove(batch.filter((item) => item.kind === "question").map((item) => item.index));
    cards.remove(batch.filter((item) => item.kind === "card").map((item) => item.index));
    setUndoStack((stack) => [...stack, batch]);
    setStatus({ kind: "ok", text: `Discarded ${targets.length} item${targets.length === 1 ? "" : "s"}. Undo puts ${targets.length === 1 ? "it" : "them"} back.` });
  }

  function undo() {
    const batch = undoStack.at(-1);
    if (!batch) return;
    for (const item of batch) {
      if (item.kind === "question") questions.insert(item.index, item.value as QuestionDraft);
      else cards.insert(item.index, item.value as FlashcardDraft);
    }
    setUndoStack((stack) => stack.slice(0, -1));
    if (batch[0]) pendingFocus.current = { id: batch[0].value.id, field: false };
    setStatus({ kind: "ok", text: `Put back ${batch.length} item${batch.length === 1 ? "" : "s"}.` });
  }

  function discardOne(entry: ReviewEntry) {
    const next = neighbourId(entry.id, 1) ?? neighbourId(entry.id, -1);
    if (next) pendingFocus.current = { id: next, field: false };
    discard([entry]);
  }

  function toggleEdit(id: string) {
    const opening = !editing.has(id);
    setEditing((current) => {
      const copy = new Set(current);
      if (opening) copy.add(id);
      else copy.delete(id);
      return copy;
    });
    pendingFocus.current = { id, field: opening };
  }

  function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const card = target.closest<HTMLElement>("[data-review-item]");
    if (!card || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target !== card) {
      if (event.key === "Escape") {
        event.preventDefault();
        card.focus();
      }
      return;
    }
    const entry = entries.find((candidate) => candidate.id === card.dataset.reviewItem);
    if (!entry) return;
    const focusNeighbour = (step: number) => {
      const id = neighbourId(entry.id, step);
      if (id) listRef.current?.querySelector<HTMLElement>(`[data-review-item="${CSS.escape(id)}"]`)?.focus();
    };
    switch (event.key) {
      case "ArrowDown":
        focusNeighbour(1);
        break;
      case "ArrowUp":
        focusNeighbour(-1);
        break;
      case "k":
      case "K":
        keep([entry.id]);
        focusNeighbour(1);
        break;
      case "d":
      case "D":
      case "Delete":
        discardOne(entry);
        break;
      case "e":
      case "E":
      case "Enter":
        toggleEdit(entry.id);
        break;
      case "u":
      case "U":
        undo();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  async function send(values: StudySetDraft, mode: "save" | "publish") {
    setStatus(undefined);
    try {
      await callApi(mode === "save" ? `/api/teach/sets/${setId}/draft` : `/api/teach/sets/${setId}/publish`, {
        method: mode === "save" ? "PUT" : "POST",
        json: { ...values, kept: [...values.questions, ...values.flashcards].filter((item) => kept.has(item.id)).map((item) => item.id) },
        fallback: "Not saved.",
      });
    } catch (failure) {
      if (!(failure instanceof ApiError) || failure.status === 0) {
        setStatus({ kind: "error", text: "The connection failed. Your edits are still here; try again." });
        return;
      }
      for (const [path, messages] of Object.entries(failure.fieldErrors)) {
        // Paths come from the same schema as the form's field names.
        setError(path as "title", { message: messages[0] });
      }
      setStatus({ kind: "error", text: `${failure.message} Your edits are still here.` });
      return;
    }
    if (mode === "publish") {
      router.push(`/teach/sets/${setId}`);
      router.refresh();
      return;
    }
    setStatus({ kind: "ok", text: "Draft saved. Students see nothing until you publish." });
    router.refresh();
  }

  const onInvalid = () => {
    setFilter(emptyFilter);
    setStatus({ kind: "error", text: "Some fields need fixing; those items are open below." });
  };

  const cardFor = (entry: ReviewEntry) => {
    const isQuestion = entry.kind === "question";
    const watched = isQuestion ? questionValues[entry.index] : cardValues[entry.index];
    const value = watched?.id === entry.id ? watched : isQuestion ? questions.fields[entry.index] : cards.fields[entry.index];
    const label = isQuestion ? `Question ${entry.index + 1}` : `Card ${entry.index + 1}`;
    const hasError = isQuestion ? !!errors.questions?.[entry.index] : !!errors.flashcards?.[entry.index];
    const key = isQuestion ? questions.fields[entry.index].key : cards.fields[entry.index].key;
    return (
      <ReviewItemCard
        key={key}
        itemId={entry.id}
        label={label}
        type={isQuestion ? entry.type : "flashcard"}
        material={entry.material}
        kept={kept.has(entry.id)}
        editing={editing.has(entry.id) || hasError}
        flags={flags[entry.id] ?? []}
        summary={isQuestion ? <QuestionSummary question={value as QuestionDraft} /> : <FlashcardSummary card={value as FlashcardDraft} />}
        editor={
          isQuestion ? (
            <QuestionEditor index={entry.index} question={value as QuestionDraft} control={control} register={register} errors={errors} />
          ) : (
            <FlashcardEditor index={entry.index} register={register} errors={errors} />
          )
        }
        source={<SourceQuote source={value.source} />}
        onKeep={() => keep([entry.id])}
        onDiscard={() => discardOne(entry)}
        onToggleEdit={() => toggleEdit(entry.id)}
        onFocus={() => setActiveQuote(value.source.quote || null)}
      />
    );
  };

  const shownQuestions = shown.filter((entry) => entry.kind === "question");
  const shownCards = shown.filter((entry) => entry.kind === "card");

  return (
    <form noValidate className="flex flex-col gap-6" onSubmit={handleSubmit((values) => send(values, "publish"), onInvalid)}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="title" label="Title" error={errors.title?.message}>
          <TextInput id="title" invalid={!!errors.title} {...register("title")} />
        </Field>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-800">Who can study it</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" value="PRIVATE" {...register("visibility")} /> Only my classes
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" value="PUBLIC" {...register("visibility")} /> Everyone (public)
          </label>
        </fieldset>
      </div>

      <ReviewToolbar
        filter={filter}
        onFilter={setFilter}
        options={filterOptions(entries)}
        counts={{ shown: shown.length, kept: keptCount, toReview: entries.length - keptCount, discarded: discardedCount, flagged: entries.filter((entry) => entry.flagged).length }}
        canUndo={undoStack.length > 0}
        onKeepShown={() => keep(shown.map((entry) => entry.id))}
        onDiscardShown={() => discard(shown)}
        onUndo={undo}
      />

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div ref={listRef} onKeyDown={onListKeyDown} className="flex min-w-0 flex-col gap-6" aria-describedby="review-keys">
          <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
            <h2 id="questions-heading" className="text-xl font-semibold">
              Quiz questions ({questions.fields.length})
            </h2>
            {shownQuestions.length < questions.fields.length ? (
              <p className="text-sm text-slate-700">{shownQuestions.length} shown by the filters.</p>
            ) : null}
            <ol className="flex flex-col gap-3">{shownQuestions.map(cardFor)}</ol>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="secondary" onClick={() => questions.append(newQuestion("multiple_choice"))}>
                Add a multiple-choice question
              </Button>
              <Button type="button" variant="secondary" onClick={() => questions.append(newQuestion("true_false"))}>
                Add a true/false question
              </Button>
            </div>
          </section>

          <section aria-labelledby="cards-heading" className="flex flex-col gap-3">
            <h2 id="cards-heading" className="text-xl font-semibold">
              Flashcards ({cards.fields.length})
            </h2>
            {shownCards.length < cards.fields.length ? <p className="text-sm text-slate-700">{shownCards.length} shown by the filters.</p> : null}
            <ol className="flex flex-col gap-3">{shownCards.map(cardFor)}</ol>
            <div>
              <Button type="button" variant="secondary" onClick={() => cards.append(newFlashcard())}>
                Add a flashcard
              </Button>
            </div>
          </section>
        </div>
        <aside aria-label="The article, with the focused item's source highlighted" className="hidden lg:block">
          <div ref={articleRef} className="sticky top-4 max-h-[80vh] overflow-y-auto" tabIndex={0} role="region" aria-label="The article">
            {articleView}
          </div>
        </aside>
      </div>

      <div id="review-actions" tabIndex={-1} className="sticky bottom-0 flex flex-col gap-2 border-t border-slate-200 bg-white/95 py-3 outline-none">
        <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${status?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
          {status?.text ?? (errors as Record<string, { message?: string }>).form?.message}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={isSubmitting} onClick={handleSubmit((values) => send(values, "save"), onInvalid)}>
            Save draft
          </Button>
          <Button type="submit" disabled={isSubmitting}>
            {published ? "Publish changes" : "Publish"}
          </Button>
          <span className="self-center text-sm text-slate-700">Publishing keeps every item not discarded.</span>
        </div>
      </div>
    </form>
  );
}
