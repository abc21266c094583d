// The browser's one way to call the app's JSON API. Every refusal becomes an ApiError carrying the
// status, the server's message, its machine-readable code (see HttpError) and any per-field errors,
// so components branch on `code` and show `message`, never parse English.

export type ApiErrorBody = {
  error?: string;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  issues?: { line: number; message: string }[];
};

/** status 0 means the server was not reached at all. */
export class ApiError extends Error {
  readonly code: string | undefined;
  readonly fieldErrors: Record<string, string[]>;
  readonly issues: { line: number; message: string }[];

  constructor(
    readonly status: number,
    message: string,
    body: ApiErrorBody = {},
  ) {
    super(message);
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
    this.issues = body.issues ?? [];
  }

  /** The first message for one form field, if the server refused it. */
  fieldError(name: string): string | undefined {
    return this.fieldErrors[name]?.[0];
  }

  /** The most specific thing to tell the user: the first field's message, else the error itself. */
  get detail(): string {
    return Object.values(this.fieldErrors).flat()[0] ?? this.message;
  }
}

export const OFFLINE_MESSAGE = "Could not reach the server. Check your connection and try again.";
const FALLBACK_MESSAGE = "Something went wrong. Please try again.";

type CallOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart form data (uploads). */
  form?: FormData;
  /** The message when the server gave none. */
  fallback?: string;
};

export async function callApi<T = unknown>(url: string, options: CallOptions = {}): Promise<T> {
  const { method = "POST", json, form, fallback = FALLBACK_MESSAGE } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      // Declared even without a body: the server refuses state changes that are not JSON.
      headers: form ? undefined : { "content-type": "application/json" },
      body: form ?? (json === undefined ? undefined : JSON.stringify(json)),
    });
  } catch {
    throw new ApiError(0, OFFLINE_MESSAGE, { code: "offline" });
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const refusal = (body && typeof body === "object" ? body : {}) as ApiErrorBody;
    throw new ApiError(response.status, refusal.error ?? fallback, refusal);
  }
  return body as T;
}

export function postJson<T = unknown>(url: string, json?: unknown, fallback?: string): Promise<T> {
  return callApi<T>(url, { method: "POST", json, fallback });
}
