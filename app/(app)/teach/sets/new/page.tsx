import type { Metadata } from "next";
import { NewSetForm } from "@/components/teach/new-set-form";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "New study set" };

export default async function NewSetPage() {
  await requireUser("TEACHER", "/teach/sets/new");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">New study set from an article</h1>
      <p className="text-slate-700">Paste the article or upload it. You will see what was read before anything is generated or saved.</p>
      <NewSetForm />
    </div>
  );
}
