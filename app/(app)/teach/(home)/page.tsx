import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/guard";
import { ClassCardList } from "@/components/teach/class-card-list";
import { DeleteDraftButton } from "@/components/teach/delete-draft-button";
import { listRecentAssignments, listTeacherClasses, listTeacherSets } from "@/lib/data/teaching";

export const metadata: Metadata = { title: "Teach" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function TeachPage() {
  const user = await requireUser("TEACHER", "/teach");
  const [sets, classes, assignments] = await Promise.all([listTeacherSets(user), listTeacherClasses(user), listRecentAssignments(user)]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-2xl font-bold">Teaching</h1>
        <ButtonLink href="/teach/sets/new">New study set from an article</ButtonLink>
        <ButtonLink href="/teach/import" variant="secondary">
          Import a file
        </ButtonLink>
      </div>

      <section aria-labelledby="sets-heading">
        <h2 id="sets-heading" className="text-xl font-semibold">
          Your study sets
        </h2>
        {sets.length === 0 ? (
          <p className="mt-2 text-slate-700">No sets yet. Paste an article to make your first one.</p>
        ) : (
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {sets.map((set) => (
              <li key={set.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={set.status === "DRAFT" ? `/teach/sets/${set.id}/edit` : `/teach/sets/${set.id}`} className="font-semibold text-brand-800 hover:underline">
                  {set.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {set.status === "DRAFT" ? `Draft · made ${dateFormat.format(set.createdAt)}` : set.visibility === "PUBLIC" ? "Published · public" : "Published · my classes"}
                  {set.hasUnpublishedEdits ? " · unpublished edits" : ""}
                  {set.status === "PUBLISHED" ? ` · ${set.itemCount} items · assigned ${set.assignmentCount}×` : ""}
                </p>
                {set.status === "DRAFT" ? (
                  <div className="mt-2 flex flex-wrap gap-2">
                    <ButtonLink href={`/teach/sets/${set.id}/edit`} variant="secondary" aria-label={`Review or rename the draft ${set.title}`}>
                      Review or rename
                    </ButtonLink>
                    <DeleteDraftButton setId={set.id} title={set.title} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="classes-heading">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="classes-heading" className="mr-auto text-xl font-semibold">
            Your classes
          </h2>
          <ButtonLink href="/teach/classes" variant="secondary">
            Manage classes
          </ButtonLink>
        </div>
        <ClassCardList classes={classes} className="mt-2" />
      </section>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Recent assignments
        </h2>
        {assignments.length === 0 ? (
          <p className="mt-2 text-slate-700">Nothing assigned yet.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {assignments.map((assignment) => (
              <li key={assignment.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <Link href={`/teach/assignments/${assignment.id}`} className="font-semibold text-brand-800 hover:underline">
                  {assignment.set.title}
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  · {assignment.classroom.name} · due {dateFormat.format(assignment.dueAt)} · {assignment._count.attempts} submitted
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
