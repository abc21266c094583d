import type { PracticeResult } from "@/lib/study/practice";
import type { PracticeMode } from "@/lib/validations/practice";


/** Asks the server whether an answer is right; the page itself never holds the answers. */
export async function checkAnswer(itemId: string, mode: PracticeMode, response: string): Promise<PracticeResult> {
  const res = await fetch("/api/practice/check", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ itemId, mode, response }),
  });
  const body = (await res.json().catch(() => ({}))) as PracticeResult & { error?: string };
  if (!res.ok) throw new Error(body.error ?? "Could not check the answer. Please try again.");
  return body;
}
