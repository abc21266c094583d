// A signed-in learner talking to the app over HTTP, as a browser does: next-auth's credentials
// sign-in for a session cookie, then same-origin JSON requests. Used by the scale checks and benches.

/** Signs in through next-auth's credentials flow; returns the cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session.split(";")[0];
}

export type Reply = { status: number; body: unknown };

/**
 * A JSON request with the session cookie, from the app's own origin. A kept-alive socket the server
 * closed just as it was reused fails before any answer; the request is then sent once more, as a
 * browser does (every write it is used for is idempotent).
 */
export async function call(base: string, cookie: string, method: "GET" | "POST", route: string, body?: unknown): Promise<Reply> {
  const send = () =>
    fetch(`${base}${route}`, {
      method,
      headers: { cookie, origin: base, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const response = await send().catch(send);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

export type PublicQuestion = { itemId: string; type: string; choices?: string[]; left?: string[]; options?: string[] };

/** An answer of the right shape for a question as the quiz page shows it (right or wrong, it is stored and graded). */
export function responseFor(question: PublicQuestion): unknown {
  switch (question.type) {
    case "multiple_choice":
      return question.choices?.[0] ?? "";
    case "multiple_response":
      return question.choices?.slice(0, 1) ?? [];
    case "true_false":
      return true;
    case "matching":
      return (question.left ?? []).map((left, index) => ({ left, right: question.options?.[index] ?? "" }));
    case "ordering":
      return question.options ?? [];
    default:
      return "an answer";
  }
}
