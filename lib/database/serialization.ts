// PostgreSQL aborts one of two SERIALIZABLE transactions whose reads and writes overlap
// (SQLSTATE 40001), and one of two deadlocked ones (40P01); Prisma reports either as P2034, or,
// from a raw query, as the database's own code inside its message. Nothing of the aborted
// transaction was written, so running it again from its reads is safe. SQLite never raises these:
// its one connection runs one transaction at a time.

export function isSerializationFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: unknown; message?: unknown };
  if (code === "P2034") return true;
  const text = `${typeof message === "string" ? message : ""} ${JSON.stringify(meta ?? {})}`;
  return /\b40001\b|\b40P01\b|could not serialize access|deadlock detected/i.test(text);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` (one whole transaction, reads included) again after a serialization failure, up to
 * `attempts` times in all, with a short random pause so the two contenders do not meet again.
 * Returns `onGiveUp()` when every attempt failed that way; any other error is thrown at once.
 */
export async function retryOnSerializationFailure<T>(work: () => Promise<T>, onGiveUp: () => T, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isSerializationFailure(error)) throw error;
      if (attempt >= attempts) return onGiveUp();
      await pause(Math.random() * 5 * attempt);
    }
  }
}
