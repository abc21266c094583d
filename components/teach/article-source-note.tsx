import type { ArticleSource } from "@/lib/teaching/article-source";

/** How the article was read (which format, what was left out), shown above the preview. */
export function ArticleSourceNote({ source }: { source: ArticleSource }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
      <p>
        Read as: <strong>{source.label}</strong>
      </p>
      {source.notices.length ? (
        <ul className="ml-5 list-disc">
          {source.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
