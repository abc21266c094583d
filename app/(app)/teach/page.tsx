import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const user = await requireUser("TEACHER", "/teach");
  return (
    <section>
      <h1 className="text-2xl font-bold">Teaching</h1>
      <p className="mt-2 text-slate-700">Welcome, {user.name}. Import an article, review what was generated, and assign quizzes to your classes.</p>
    </section>
  );
}
