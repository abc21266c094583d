// Importers are written as generators that yield between rows, so one parse can run straight
// through (CLI, tests) or in slices that give the event loop back (the server), with one body of code.

export type Steps<T> = Generator<void, T, void>;

/** How many rows (or questions) an importer handles between two yields. */
export const ROWS_PER_STEP = 256;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the steps for at most `sliceMs` at a time, letting other requests in between slices. */
export async function runStepsSliced<T>(steps: Steps<T>, sliceMs = 10): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

/**
 * 1-based line numbers of increasing offsets, counted once across the text: asking for every
 * row's line from the start again made a 40k-row import quadratic.
 */
export class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    const end = Math.min(offset, this.text.length);
    for (let at = this.text.indexOf("\n", this.offset); at >= 0 && at < end; at = this.text.indexOf("\n", at + 1)) this.line++;
    this.offset = end;
    return this.line;
  }
}
