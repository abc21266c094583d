import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { requireUser } from "@/lib/auth/guard";
import { listTeacherClasses } from "@/lib/data/teaching";

export const metadata: Metadata = { title: "Classes" };

export default async function TeacherClassesPage() {
  const user = await requireUser("TEACHER", "/teach/classes");
  const classes = await listTeacherClasses(user);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Your classes</h1>
      <CreateClassForm />
      {classes.length === 0 ? (
        <p className="text-slate-700">No classes yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {classes.map((classroom) => (
            <li key={classroom.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/teach/classes/${classroom.id}`} className="font-semibold text-brand-800 hover:underline">
                {classroom.name}
              </Link>
              <p className="text-sm text-slate-700">
                Code {classroom.joinCode} · {classroom.studentCount} student{classroom.studentCount === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
