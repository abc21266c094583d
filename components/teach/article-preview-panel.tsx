import type { ArticlePreview } from "@/lib/teaching/article-preview";

const LANGUAGE_NAMES: Record<ArticlePreview["language"], string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  other: "another language",
};

/** What the reader found, shown before generating so the teacher can fix the article first. */
export function ArticlePreviewPanel({ preview }: { preview: ArticlePreview }) {
  return (
    <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-heading" className="text-lg font-semibold">
        What was read: {preview.title || "Untitled"}
      </h2>
      <p className="text-sm text-slate-600">Language: {LANGUAGE_NAMES[preview.language]}</p>
      {preview.notices.length ? (
        <ul aria-label="Before you generate" className="mt-2 flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {preview.notices.map((notice) => (
            <li key={notice.code}>{notice.message}</li>
          ))}
        </ul>
      ) : null}
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Sections</dt>
          <dd className="text-lg font-semibold">{preview.sections.length}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Key facts</dt>
          <dd className="text-lg font-semibold">{preview.keyFacts.length}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Tables</dt>
          <dd className="text-lg font-semibold">{preview.tables.length}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Experts</dt>
          <dd className="text-lg font-semibold">{preview.experts.length}</dd>
        </div>
      </dl>
      <details className="mt-3" open>
        <summary className="cursor-pointer font-medium">Sections</summary>
        <ul className="ml-5 list-disc text-sm">
          {preview.sections.map((section, index) => (
            <li key={index}>
              {section.heading || "(introduction)"} · {section.paragraphs} paragraph{section.paragraphs === 1 ? "" : "s"}
            </li>
          ))}
        </ul>
      </details>
      {preview.keyFacts.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">Key facts</summary>
          <ul className="ml-5 list-disc text-sm">
            {preview.keyFacts.map((fact, index) => (
              <li key={index}>{fact}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.tables.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">Tables</summary>
          <ul className="ml-5 list-disc text-sm">
            {preview.tables.map((table, index) => (
              <li key={index}>
                {table.header.join(" | ")} — {table.rows} row{table.rows === 1 ? "" : "s"}
                {table.section ? ` (in “${table.section}”)` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.experts.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">Experts</summary>
          <ul className="ml-5 list-disc text-sm">
            {preview.experts.map((expert, index) => (
              <li key={index}>
                <strong>{expert.name}</strong>
                {expert.affiliation ? `, ${expert.affiliation}` : ""}
                {expert.position ? `: ${expert.position}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
