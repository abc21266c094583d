import type { Metadata } from "next";
import { ImportForm } from "@/components/teach/import-form";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Import a study set" };

export default async function ImportPage() {
  await requireUser("TEACHER", "/teach/import");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Import a study set</h1>
      <p className="text-slate-700">
        Flashcards from Quizlet or Anki text exports or a CSV file, or quiz questions in Moodle GIFT. Preview first; the import becomes a draft you review
        before publishing. A card file with a bad line is refused whole, naming the line;
        in a GIFT file, questions the app cannot represent are skipped and listed in the preview.
      </p>
      <ImportForm />
    </div>
  );
}
