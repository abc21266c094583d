import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignForm } from "@/components/teach/assign-form";
import { RemoveStudentButton } from "@/components/teach/remove-student-button";
import { ClassRequestButton } from "@/components/teach/class-request-button";
import { ButtonLink } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { requireUser } from "@/lib/auth/guard";
import { signInLocks } from "@/lib/auth/sign-in";
import { getTeacherClass, listPublishedTeacherSets } from "@/lib/data/teaching";

export const metadata: Metadata = { title: "Class" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function TeacherClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teach/classes/${classId}`);
  const [classroom, sets, requestHeaders] = await Promise.all([getTeacherClass(user, classId), listPublishedTeacherSets(user), headers()]);
  if (!classroom) notFound();
  const locks = await signInLocks(classroom.members.map((member) => member.user.email));
  const host = requestHeaders.get("host") ?? "";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  const joinLink = `${protocol}://${host}/join/${classroom.joinCode}`;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">{classroom.name}</h1>
        <p className="mt-1 text-slate-700">
          Join code: <strong data-testid="join-code" className="font-mono text-lg tracking-widest">{classroom.joinCode}</strong>
        </p>
        <p className="text-sm text-slate-700">
          Join link: <a href={`/join/${classroom.joinCode}`} className="break-all text-brand-800 underline">{joinLink}</a>
        </p>
        <div className="mt-2">
          <ClassRequestButton
            url={`/api/teach/classes/${classroom.id}/join-code`}
            method="POST"
            label="New join code"
            confirmText="Give this class a new join code? The current code and link stop working; students already in the class stay."
            failure="Could not make a new code."
          />
        </div>
      </div>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Students ({classroom.members.length})
        </h2>
        {classroom.members.length === 0 ? (
          <p className="text-slate-700">No students yet. Share the join code or link.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {classroom.members.map((member) => (
              <li key={member.user.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-2">
                <span className="mr-auto">
                  {member.user.name} <span className="text-sm text-slate-600">{member.user.email}</span>
                </span>
                {locks.has(member.user.email) ? (
                  <span className="text-sm font-medium text-red-700">
                    Sign-in locked after too many wrong passwords, until <LocalTime iso={locks.get(member.user.email)!.toISOString()} />
                  </span>
                ) : null}
                <RemoveStudentButton classId={classroom.id} studentId={member.user.id} studentName={member.user.name} />
              </li>
            ))}
          </ul>
        )}
        {classroom.removals.length ? (
          <>
            <h3 className="mt-4 font-semibold">Removed students</h3>
            <ul className="mt-2 flex flex-col gap-2" aria-label="Removed students">
              {classroom.removals.map((removal) => (
                <li key={removal.user.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-2">
                  <span className="mr-auto">
                    {removal.user.name} <span className="text-sm text-slate-600">{removal.user.email}</span>
                    <span className="block text-sm text-slate-700">
                      Removed {dateFormat.format(removal.removedAt)}
                      {removal.joinCode === classroom.joinCode ? " · cannot rejoin with the current code" : " · may rejoin with the new code"}
                    </span>
                  </span>
                  <ClassRequestButton
                    url={`/api/teach/classes/${classroom.id}/members/${removal.user.id}`}
                    method="PUT"
                    label="Re-admit"
                    accessibleName={`Re-admit ${removal.user.name}`}
                    confirmText={`Let ${removal.user.name} back into this class?`}
                    failure="Could not re-admit the student."
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="class-assignments-heading">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="class-assignments-heading" className="mr-auto text-xl font-semibold">
            Assignments
          </h2>
          <ButtonLink href={`/teach/classes/${classroom.id}/gradebook`} variant="secondary">
            Gradebook
          </ButtonLink>
        </div>
        {classroom.assignments.length === 0 ? (
          <p className="text-slate-700">Nothing assigned yet.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {classroom.assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/teach/assignments/${assignment.id}`} className="text-brand-800 hover:underline">
                  {assignment.set.title}
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  · opens {dateFormat.format(assignment.opensAt)} · due {dateFormat.format(assignment.dueAt)} · {assignment.attemptsAllowed} attempt
                  {assignment.attemptsAllowed === 1 ? "" : "s"}
                  {assignment.timeLimitMinutes ? ` · ${assignment.timeLimitMinutes} min` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assign-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="assign-heading" className="mb-2 text-xl font-semibold">
          Assign a quiz
        </h2>
        <AssignForm classId={classroom.id} sets={sets} />
      </section>
    </div>
  );
}
