import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/exchange/export-links";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/guard";
import { getTeacherSet } from "@/lib/data/teaching";
import { EXPORT_FORMATS } from "@/lib/exchange";

export const metadata: Metadata = { title: "Study set" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function TeacherSetPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser("TEACHER", `/teach/sets/${setId}`);
  const set = await getTeacherSet(user, setId);
  if (!set) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{set.title}</h1>
        <p className="text-slate-700">
          {set.status === "DRAFT" ? "Draft (not yet published)" : set.visibility === "PUBLIC" ? "Published · public" : "Published · visible to my classes"}
          {set.status === "PUBLISHED" ? ` · ${set.cardCount} cards · ${set.questionCount} questions` : ""}
          {set.hasDraft && set.status === "PUBLISHED" ? " · unpublished edits waiting" : ""}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/teach/sets/${set.id}/edit`}>{set.status === "DRAFT" ? "Review and publish" : "Edit cards and questions"}</ButtonLink>
        {set.status === "PUBLISHED" ? (
          <ButtonLink href={`/sets/${set.id}`} variant="secondary">
            Open as a learner
          </ButtonLink>
        ) : null}
        <ButtonLink href="/teach/classes" variant="secondary">
          Assign to a class
        </ButtonLink>
        {set.assignments.length ? (
          <ButtonLink href={`/teach/sets/${set.id}/analysis`} variant="secondary">
            Item analysis
          </ButtonLink>
        ) : null}
      </div>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export
        </h2>
        <p className="text-sm text-slate-700">Card formats hold the flashcards; GIFT, Moodle XML and QTI hold the quiz.</p>
        <ExportLinks setId={set.id} formats={EXPORT_FORMATS} />
      </section>

      <section aria-labelledby="set-assignments-heading">
        <h2 id="set-assignments-heading" className="text-xl font-semibold">
          Assigned to
        </h2>
        {set.assignments.length === 0 ? (
          <p className="text-slate-700">Not assigned yet.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {set.assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/teach/assignments/${assignment.id}`} className="text-brand-800 hover:underline">
                  {assignment.classroom.name}, due {dateFormat.format(assignment.dueAt)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
