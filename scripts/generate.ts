// CLI: `npm run --silent generate -- <file|->` prints the study set as one JSON object on stdout.
// The file may be text, Markdown, a web page, a Word file or a PDF (told apart by content).
// Bad input exits non-zero with one line on stderr (never a stack trace).

import { readFileSync, statSync } from "node:fs";
import { ArticleError, generateStudySet } from "../lib/generator/index";
import { IngestError, MAX_FILE_BYTES, ingestFile } from "../lib/ingest/index";

class UsageError extends Error {}

function readStdin(): Buffer {
  return readFileSync(0);
}

function readInput(arg: string | undefined): Buffer {
  if (!arg) throw new UsageError("usage: npm run --silent generate -- <article-file | ->");
  if (arg === "-") return readStdin();
  let size: number;
  try {
    const stats = statSync(arg);
    if (!stats.isFile()) throw new UsageError(`not a file: ${arg}`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${arg}: file not found`);
  }
  if (size > MAX_FILE_BYTES) throw new IngestError("too_large", `${arg} is larger than 10 MB; split it into smaller articles.`);
  return readFileSync(arg);
}

async function main(): Promise<number> {
  try {
    const arg = process.argv[2];
    const { text } = await ingestFile(readInput(arg), arg === "-" ? undefined : arg);
    process.stdout.write(`${JSON.stringify(generateStudySet(text), null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const known = error instanceof ArticleError || error instanceof IngestError || error instanceof UsageError;
    process.stderr.write(`generate: ${known ? "" : "unexpected error: "}${message.split("\n")[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main();
