import { EXPORT_FORMAT_LABELS, type ExportFormat } from "@/lib/exchange";

/** Download links for a set; which formats are offered is decided on the server (the route checks again). */
export function ExportLinks({ setId, formats }: { setId: string; formats: readonly ExportFormat[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {formats.map((format) => (
        <li key={format}>
          <a
            href={`/api/sets/${setId}/export/${format}`}
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700"
          >
            Download {EXPORT_FORMAT_LABELS[format]}
          </a>
        </li>
      ))}
    </ul>
  );
}
