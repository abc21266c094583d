import { vi } from "vitest";

// The server as a component sees it: each call to fetch answers with the next scripted response
// (status + JSON), and every request is kept so a test can check what the component sent.

export type Scripted = { status: number; body: unknown };
export type SentRequest = { url: string; method: string; body: unknown };

export function fakeApi(...responses: Scripted[]) {
  const sent: SentRequest[] = [];
  const queue = [...responses];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit = {}) => {
      sent.push({ url, method: init.method ?? "GET", body: typeof init.body === "string" ? JSON.parse(init.body) : undefined });
      const next = queue.shift();
      if (!next) throw new TypeError("Failed to fetch");
      return new Response(JSON.stringify(next.body), { status: next.status, headers: { "content-type": "application/json" } });
    }),
  );
  return sent;
}

export const refresh = vi.fn();
export const push = vi.fn();

/** next/navigation's router outside a Next app: records refresh/push instead of navigating. */
export function routerModule() {
  return { useRouter: () => ({ refresh, push, replace: push, back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() }) };
}
