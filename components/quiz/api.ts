// The browser side of the quiz API: small typed fetches that turn refusals into readable messages.

export class QuizRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function postJson<T>(url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new QuizRequestError(0, "Could not reach the server. Check your connection and try again.");
  }
  const json = (await response.json().catch(() => ({}))) as T & { error?: string; fieldErrors?: Record<string, string[]> };
  if (!response.ok) {
    const detail = json.fieldErrors ? Object.values(json.fieldErrors).flat()[0] : undefined;
    throw new QuizRequestError(response.status, detail ?? json.error ?? "Something went wrong. Please try again.");
  }
  return json;
}
