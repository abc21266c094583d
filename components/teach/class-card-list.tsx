import Link from "next/link";
import type { listTeacherClasses } from "@/lib/data/teaching";

type TeacherClass = Awaited<ReturnType<typeof listTeacherClasses>>[number];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The teacher's classes as cards: name, join code, students and assignments. */
export function ClassCardList({ classes, className = "" }: { classes: TeacherClass[]; className?: string }) {
  if (classes.length === 0) return <p className={`text-slate-700 ${className}`}>No classes yet.</p>;
  return (
    <ul className={`grid gap-3 sm:grid-cols-2 ${className}`}>
      {classes.map((classroom) => (
        <li key={classroom.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <Link href={`/teach/classes/${classroom.id}`} className="font-semibold text-brand-800 hover:underline">
            {classroom.name}
          </Link>
          <p className="text-sm text-slate-700">
            Code {classroom.joinCode} · {plural(classroom.studentCount, "student")} · {plural(classroom.assignmentCount, "assignment")}
          </p>
        </li>
      ))}
    </ul>
  );
}
