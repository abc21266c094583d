import Link from "next/link";
import type { LibrarySet } from "@/lib/data/library";

export function StudySetCard({ set }: { set: LibrarySet }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        <Link href={`/sets/${set.id}`} className="text-brand-800 hover:underline">
          {set.title}
        </Link>
      </h2>
      {set.isSample ? <p className="text-xs font-medium uppercase tracking-wide text-slate-600">Sample article</p> : null}
      <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-slate-600">Due now</dt>
          <dd className="text-lg font-semibold">{set.dueNow}</dd>
        </div>
        <div>
          <dt className="text-slate-600">New cards</dt>
          <dd className="text-lg font-semibold">{set.newCards}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Last quiz</dt>
          <dd className="text-lg font-semibold" data-testid="last-quiz">{set.lastQuizScore ? `${set.lastQuizScore.score}/${set.lastQuizScore.total}` : "—"}</dd>
        </div>
      </dl>
    </li>
  );
}
