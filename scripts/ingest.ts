// CLI: `npm run --silent ingest -- <file>` prints the text the article reader gets from a file of any
// readable format (text, Markdown, web page, Word, PDF): what the preview and the generator see.

import { readFileSync } from "node:fs";
import { IngestError, ingestFile } from "../lib/ingest/index";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: npm run --silent ingest -- <file>\n");
    return 2;
  }
  try {
    const read = await ingestFile(new Uint8Array(readFileSync(file)), file);
    process.stdout.write(`${read.text.replace(/\n*$/, "")}\n`);
    for (const notice of read.notices) process.stderr.write(`ingest: ${notice}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof IngestError ? error.message : error instanceof Error && "code" in error && error.code === "ENOENT" ? `cannot read ${file}: file not found` : `unexpected error: ${String(error)}`;
    process.stderr.write(`ingest: ${message.split("\n")[0]}\n`);
    return 1;
  }
}

process.exitCode = await main();
