import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { requireUser } from "@/lib/auth/guard";
import { listStudentClasses } from "@/lib/data/teaching";

export const metadata: Metadata = { title: "Your classes" };

export default async function StudentClassesPage() {
  const user = await requireUser("STUDENT", "/classes");
  const memberships = await listStudentClasses(user);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Your classes</h1>
      <JoinClassForm />
      {memberships.length === 0 ? (
        <p className="text-slate-700">You are not in a class yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Classes you are in">
          {memberships.map(({ classroom }) => (
            <li key={classroom.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">{classroom.name}</p>
              <p className="text-sm text-slate-700">
                Teacher: {classroom.teacher.name} · {classroom._count.assignments} assignment{classroom._count.assignments === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/assignments" className="text-brand-800 hover:underline">
          See your assignments
        </Link>
      </p>
    </div>
  );
}
