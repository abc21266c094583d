// npm run --silent export -- <format> <file | -> : a study set (the generator CLI's JSON) to stdout in an exchange format.
import { readFileSync } from "node:fs";
import { EXPORT_FORMATS, exportStudySet, isExportFormat, parseStudySet } from "../lib/exchange";

const USAGE = `usage: npm run --silent export -- <${EXPORT_FORMATS.join("|")}> <file.json | ->`;

class CliError extends Error {}

function readInput(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ENOENT") throw new CliError(`file not found: ${path}`);
    if (code === "EISDIR") throw new CliError(`not a file: ${path}`);
    throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseJson(text: string, path: string): unknown {
  if (!text.trim()) throw new CliError(`${path === "-" ? "stdin" : path} is empty`);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${path === "-" ? "stdin" : path} is not JSON (expected the generator's output)`);
  }
}

async function main(args: string[]): Promise<void> {
  const [format, path, ...extra] = args;
  if (!format || !path || extra.length > 0) throw new CliError(USAGE);
  if (!isExportFormat(format)) throw new CliError(`unknown format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}`);
  const study = parseStudySet(parseJson(readInput(path), path));
  if (!study.ok) throw new CliError(`not a study set: ${study.error}`);
  const file = await exportStudySet(study.value, format);
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(file.bytes, (error) => (error ? reject(error) : resolve())),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof CliError ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`export: ${message}\n`);
  process.exitCode = 1;
});
