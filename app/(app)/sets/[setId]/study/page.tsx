import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { FlashcardSession } from "@/components/study/flashcard-session";
import { AssignmentLockNotice } from "@/components/study/assignment-lock-notice";
import { requireUser } from "@/lib/auth/guard";
import { learnerTimeZone } from "@/lib/data/learner-time-zone";
import { getStudySession, getStudySet } from "@/lib/data/study";

export const metadata: Metadata = { title: "Flashcards" };

export default async function FlashcardsPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser(undefined, `/sets/${setId}/study`);
  const set = await getStudySet(user, setId);
  if (!set) notFound();
  const session = await getStudySession(user, set.id, { timeZone: await learnerTimeZone() });
  // Remount after a server refresh (an undo from a previous visit) so the queue is the server's.
  const key = `${session.lastGrade?.requestId ?? "none"}-${session.cards.length}`;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <header>
        <BackLink href={`/sets/${set.id}`}>{set.title}</BackLink>
        <h1 className="mt-1 text-2xl font-bold">Flashcards</h1>
      </header>
      <AssignmentLockNotice lock={set.lock} />
      <FlashcardSession
        key={key}
        setId={set.id}
        initialCards={session.cards}
        today={session.today}
        lastGrade={session.lastGrade}
        newCards={{ perDay: session.newCardsPerDay, left: session.newCardsLeft }}
      />
    </div>
  );
}
