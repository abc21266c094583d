// The database refusing to write for a reason that is the server's, not the request's: a full disk,
// a read-only file or mount, a read-only replica. Users are told the server cannot save right now (503);
// operators get the cause in the log, once per cause rather than once per request.

const SQLITE_CODES = /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN)/;
// PostgreSQL: read_only_sql_transaction, disk_full, insufficient_resources, out_of_memory-class storage errors.
const POSTGRES_CODES = new Set(["25006", "53100", "53000", "58030"]);
const MESSAGES = /readonly database|read-only|database or disk is full|disk I\/O error|no space left on device/i;

export const CANNOT_SAVE_MESSAGE = "The server cannot save right now. Nothing was lost; please try again later.";

/** The driver's own words when `error` is a storage failure, else null. Looks through Prisma's wrapping. */
export function storageFailureCause(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const record = current as { code?: unknown; originalCode?: unknown; message?: unknown; originalMessage?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    const code = typeof record.originalCode === "string" ? record.originalCode : typeof record.code === "string" ? record.code : "";
    const message = typeof record.originalMessage === "string" ? record.originalMessage : typeof record.message === "string" ? record.message : "";
    if (SQLITE_CODES.test(code) || POSTGRES_CODES.has(code)) return `${code}: ${message}`;
    if (record.originalMessage !== undefined && MESSAGES.test(message)) return message;
    current = record.meta?.driverAdapterError ?? record.cause;
  }
  if (error instanceof Error && /SQLITE_(READONLY|FULL|IOERR)/.test(error.message)) return error.message.split("\n").filter(Boolean).at(-1) ?? error.message;
  return null;
}

const logged = new Set<string>();

/** Logs a storage failure's cause the first time it is seen by this process. */
export function logStorageFailureOnce(cause: string): void {
  if (logged.has(cause)) return;
  logged.add(cause);
  console.error(`[database] cannot write: ${cause}`);
}
