"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ReadArticle } from "@/lib/teaching/article-source";
import { ApiError, callApi, postJson } from "@/lib/api-client";
import { ArticleDropZone } from "./article-drop-zone";
import { ArticlePreviewPanel } from "./article-preview-panel";
import { ArticleSourceNote } from "./article-source-note";

// Paste, upload or link → preview (nothing saved) → generate a draft. A refused article keeps the pasted text.
const CONNECTION_FAILED = "The connection failed. Nothing was saved; please try again.";
const LONE_LINK = /^https?:\/\/\S+$/i;
const UNREADABLE = "The article could not be read.";

/** A chosen file wins, then a link (typed in the link field, or a lone link pasted as the article), then the text. */
function readArticle(file: File | null, link: string, text: string): Promise<ReadArticle> {
  const form = new FormData();
  if (file) {
    form.set("file", file);
    return callApi<ReadArticle>("/api/teach/articles/preview", { form, fallback: UNREADABLE });
  }
  const url = link.trim() || (LONE_LINK.test(text.trim()) ? text.trim() : "");
  if (url) return postJson<ReadArticle>("/api/teach/articles/link", { url }, UNREADABLE);
  form.set("text", text);
  return callApi<ReadArticle>("/api/teach/articles/preview", { form, fallback: UNREADABLE });
}

export function NewSetForm() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState("");
  const [text, setText] = useState("");
  const [read, setRead] = useState<ReadArticle | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<"preview" | "generate" | null>(null);
  const [existing, setExisting] = useState<{ id: string; title: string; createdAt: string } | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  // The preview appears below the form: take the focus (and the screen) there.
  useEffect(() => {
    if (read) previewRef.current?.focus();
  }, [read]);

  async function onPreview(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    setRead(null);
    setExisting(null);
    setBusy("preview");
    try {
      setRead(await readArticle(file, link, text));
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status > 0 ? failure.detail : CONNECTION_FAILED);
    } finally {
      setBusy(null);
    }
  }

  async function onGenerate(duplicate: "offer" | "new" = "offer") {
    if (!read) return;
    setError(undefined);
    setExisting(null);
    setBusy("generate");
    try {
      const created = await postJson<{ id: string; existing?: { title: string; createdAt: string } }>(
        "/api/teach/sets",
        { text: read.text, duplicate },
        "Nothing could be generated.",
      );
      if (created.existing) {
        setExisting({ id: created.id, ...created.existing });
        return;
      }
      router.push(`/teach/sets/${created.id}/edit`);
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status > 0 ? failure.message : CONNECTION_FAILED);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onPreview} noValidate className="flex flex-col gap-3">
        <Field
          id="article-text"
          label="Paste the article"
          hint="Plain text, Markdown or a web page's HTML. Headings, bullet lists, tables and named experts make the best cards."
        >
          <textarea
            id="article-text"
            name="text"
            rows={12}
            className={inputClass}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="article-text-hint article-error"
          />
        </Field>
        <ArticleDropZone file={file} onFile={setFile} link={link} onLink={setLink} />
        <p id="article-error" role="alert" className="min-h-5 text-sm font-medium text-red-700">
          {error}
        </p>
        <div>
          <Button type="submit" disabled={busy !== null}>
            {busy === "preview" ? "Reading…" : "Preview what will be read"}
          </Button>
        </div>
      </form>
      {read ? (
        <>
          <ArticleSourceNote source={read.source} />
          <div ref={previewRef} tabIndex={-1} className="outline-none" aria-label="Preview of what was read">
            <ArticlePreviewPanel preview={read.preview} />
          </div>
          <div>
            <Button type="button" onClick={() => onGenerate()} disabled={busy !== null}>
              {busy === "generate" ? "Generating…" : "Generate cards and quiz"}
            </Button>
            <p className="mt-1 text-sm text-slate-600">The result is saved as a draft for you to review; students see nothing until you publish.</p>
          </div>
          {existing ? <ExistingDraftOffer draft={existing} onNew={() => onGenerate("new")} busy={busy !== null} /> : null}
        </>
      ) : null}
    </div>
  );
}

const madeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

function ExistingDraftOffer({ draft, onNew, busy }: { draft: { id: string; title: string; createdAt: string }; onNew: () => void; busy: boolean }) {
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-amber-400 bg-amber-50 p-3">
      <p className="text-sm text-slate-900">
        You already have a draft from this text: <strong>{draft.title}</strong>, made {madeFormat.format(new Date(draft.createdAt))}.
      </p>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/teach/sets/${draft.id}/edit`}>Open that draft</ButtonLink>
        <Button type="button" variant="secondary" onClick={onNew} disabled={busy}>
          Make a new draft anyway
        </Button>
      </div>
    </div>
  );
}
