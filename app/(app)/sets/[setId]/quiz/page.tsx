import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { AssignmentLockNotice } from "@/components/study/assignment-lock-notice";
import { requireUser } from "@/lib/auth/guard";
import { findOpenPracticeAttemptId, getLastPracticeResult, getQuizSet } from "@/lib/data/quiz";
import { getSetLock } from "@/lib/data/study";
import { DEFAULT_PRACTICE_QUESTIONS, getAttemptView } from "@/lib/quiz";
import { MAX_PRACTICE_QUESTIONS } from "@/lib/validations/quiz";

export const metadata: Metadata = { title: "Practice quiz" };

export default async function PracticeQuizPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser(undefined, `/sets/${setId}/quiz`);
  const set = await getQuizSet(user, setId);
  if (!set) notFound();
  const lock = await getSetLock(user, setId);
  const openId = lock ? null : await findOpenPracticeAttemptId(user, setId);
  const view = openId ? await getAttemptView(user, openId) : null;
  const last = view ? null : await getLastPracticeResult(user, setId);

  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <div>
        <BackLink href={`/sets/${set.id}`}>{set.title}</BackLink>
        <h1 className="mt-1 text-2xl font-bold">Practice quiz</h1>
      </div>
      {lock ? (
        <AssignmentLockNotice lock={lock} />
      ) : view ? (
        <QuizRunner key={view.id} initialView={view} />
      ) : set.questionCount === 0 ? (
        <p className="text-slate-700">This set has no quiz questions yet.</p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <p className="text-slate-800">
            One question at a time, with feedback, the explanation and the article&apos;s own words after each answer.
          </p>
          {last ? (
            <p className="mt-2 text-slate-700" data-testid="last-score">
              Last time you scored {last.score ?? 0} out of {last.total}.
            </p>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <StartQuizButton
              label={set.questionCount > DEFAULT_PRACTICE_QUESTIONS ? `Start a ${DEFAULT_PRACTICE_QUESTIONS}-question quiz` : `Start the quiz (${set.questionCount} questions)`}
              body={{ setId: set.id }}
            />
            {set.questionCount > DEFAULT_PRACTICE_QUESTIONS ? (
              <StartQuizButton
                label={`All ${Math.min(set.questionCount, MAX_PRACTICE_QUESTIONS)} questions`}
                body={{ setId: set.id, count: Math.min(set.questionCount, MAX_PRACTICE_QUESTIONS) }}
                variant="secondary"
              />
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
