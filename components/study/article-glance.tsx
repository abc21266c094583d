import type { Article } from "@/lib/generator";

/** What the generator found in the article: how many key facts, tables and experts it read. */
export function ArticleGlance({ article }: { article: Article }) {
  const blocks = article.sections.flatMap((section) => section.blocks);
  const facts = blocks.reduce((sum, block) => sum + (block.kind === "paragraph" ? block.sentences.length : block.kind === "list" ? block.items.length : 0), 0);
  const tables = blocks.filter((block) => block.kind === "table");
  const experts = blocks.flatMap((block) => (block.kind === "expert" ? [block] : []));
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <p className="text-sm text-slate-600">Key facts read</p>
        <p className="text-2xl font-semibold">{facts}</p>
        <p className="text-sm text-slate-700">in {article.sections.filter((section) => section.blocks.length).length} sections</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <p className="text-sm text-slate-600">Comparison tables</p>
        <p className="text-2xl font-semibold">{tables.length}</p>
        <p className="text-sm text-slate-700">{tables.map((table) => table.header.join(" / ")).join("; ")}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <p className="text-sm text-slate-600">Experts</p>
        <p className="text-2xl font-semibold">{experts.length}</p>
        <ul className="text-sm text-slate-700">
          {experts.map((expert) => (
            <li key={expert.raw}>
              {expert.name} <span className="text-slate-600">({expert.affiliation})</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
