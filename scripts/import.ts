// npm run --silent import -- <file> [--format F] [--title T]: a file from Anki, Quizlet, a spreadsheet,
// Moodle or a QTI tool, printed as the study set JSON that `generate` prints and `export` reads.
// What was skipped goes to stderr, one line each; a refused file exits 1 with one line.
import { readFileSync, statSync } from "node:fs";
import { IMPORT_FORMATS, importSliced, ImportRefusal, previewImportSliced, type ImportFormat, type ImportOptions } from "../lib/exchange";

const USAGE = `usage: npm run --silent import -- <file> [--format ${IMPORT_FORMATS.join("|")}] [--title "Title"]`;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

class CliError extends Error {}

/** By extension, then by content: Anki headers, GIFT's markup, else Quizlet-style text. */
function formatOf(path: string, bytes: Buffer): ImportFormat {
  const extension = path.toLowerCase().split(".").pop() ?? "";
  if (["apkg", "colpkg"].includes(extension)) return "apkg";
  if (extension === "zip") return "qti";
  if (extension === "xml") return "moodle-xml";
  if (extension === "csv") return "csv";
  if (extension === "gift") return "gift";
  if (bytes.subarray(0, 2).toString("latin1") === "PK") throw new CliError(`${path} is a zip: name it .apkg, .colpkg or .zip, or pass --format`);
  const text = bytes.toString("utf8", 0, Math.min(bytes.length, 64 * 1024));
  if (/^\uFEFF?#(separator|html|deck|notetype|columns|tags):/im.test(text)) return "text";
  if (/^\uFEFF?\s*<\?xml|^\uFEFF?\s*<quiz\b/.test(text)) return "moodle-xml";
  if (/\$CATEGORY:|^::.+::|\{\s*(?:[=~#>]|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\})/m.test(text)) return "gift";
  return "text";
}

function parseArgs(args: string[]): { path: string; format?: ImportFormat; title?: string } {
  let path: string | undefined;
  let format: ImportFormat | undefined;
  let title: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--format") {
      const value = args[++i];
      if (!(IMPORT_FORMATS as readonly string[]).includes(value ?? "")) throw new CliError(`unknown format "${value ?? ""}"; use one of ${IMPORT_FORMATS.join(", ")}`);
      format = value as ImportFormat;
    } else if (arg === "--title") title = args[++i];
    else if (!path) path = arg;
    else throw new CliError(USAGE);
  }
  if (!path) throw new CliError(USAGE);
  return { path, format, title };
}

function readFile(path: string): Buffer {
  try {
    if (!statSync(path).isFile()) throw new CliError(`not a file: ${path}`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`file not found: ${path}`);
  }
  if (statSync(path).size > MAX_FILE_BYTES) throw new CliError(`${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  return readFileSync(path);
}

async function main(args: string[]): Promise<void> {
  const { path, format: given, title } = parseArgs(args);
  const bytes = readFile(path);
  const format = given ?? formatOf(path, bytes);
  const options = { format, title } as ImportOptions;
  const data = format === "apkg" || format === "qti" ? new Uint8Array(bytes) : bytes.toString("utf8");
  const preview = await previewImportSliced(data, options);
  for (const issue of preview.skipped) process.stderr.write(`import: skipped ${issue.line}${issue.item ? ` "${issue.item}"` : ""}: ${issue.message}\n`);
  for (const note of preview.notes ?? []) process.stderr.write(`import: note: ${note}\n`);
  const result = await importSliced(data, options);
  if (!result.ok) throw new CliError(result.error);
  await new Promise<void>((resolve, reject) => process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`, (error) => (error ? reject(error) : resolve())));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof CliError || error instanceof ImportRefusal;
  process.stderr.write(`import: ${known ? (error as Error).message : `failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
  process.exitCode = 1;
});
