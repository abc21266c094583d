"use client";

import { useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";

// Where a teacher hands over a file or a link: drop a file on the zone, or focus it and press
// Enter/Space to choose one; a link can be pasted into the field below it or dropped on the zone.

export const ACCEPTED_FILES = ".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export function ArticleDropZone({
  file,
  onFile,
  link,
  onLink,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
  link: string;
  onLink: (link: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  function onDrop(event: React.DragEvent) {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      onFile(dropped);
      return;
    }
    const uri = event.dataTransfer.getData("text/uri-list").split("\n").find((line) => /^https?:\/\//i.test(line.trim()));
    if (uri) onLink(uri.trim());
  }

  function clear() {
    onFile(null);
    if (input.current) input.current.value = "";
  }

  return (
    <div className="flex flex-col gap-3">
      <label
        htmlFor="article-file"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`flex min-h-28 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-4 py-5 text-center has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700 ${
          over ? "border-brand-700 bg-brand-50" : "border-slate-400 bg-white"
        }`}
      >
        <span className="font-medium text-slate-900">Upload a file: drop it here or choose one</span>
        <span id={hintId} className="text-sm text-slate-600">
          .txt, .md, a saved web page (.html), Word (.docx) or PDF, up to 10 MB
        </span>
        <input
          id="article-file"
          ref={input}
          type="file"
          name="file"
          accept={ACCEPTED_FILES}
          aria-describedby={hintId}
          className="sr-only"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
      </label>
      {file ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800" aria-live="polite">
          <span>
            Chosen: <strong>{file.name}</strong> ({sizeLabel(file.size)})
          </span>
          <button type="button" onClick={clear} className="min-h-11 rounded-md px-2 text-brand-700 underline">
            Remove the file
          </button>
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="article-link" className="text-sm font-medium text-slate-800">
          …or paste a link to a web page
        </label>
        <input
          id="article-link"
          type="url"
          name="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          className={inputClass}
          value={link}
          onChange={(event) => onLink(event.target.value)}
        />
      </div>
    </div>
  );
}
