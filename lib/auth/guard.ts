import { cookies } from "next/headers";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { refuseCrossSite, requireJsonBody } from "@/lib/auth/same-origin";
import { userFromSessionToken, type SessionUser } from "@/lib/auth/session-user";
import { HttpError } from "@/lib/errors";
import { errorResponse } from "@/lib/http-errors";
import { readJson } from "@/lib/http-body";
import { CANNOT_SAVE_MESSAGE, logStorageFailureOnce, storageFailureCause } from "@/lib/database/storage-failure";

// The one place that says who is asking and whether they may. Pages call requireUser,
// route handlers are wrapped in withRoute, server actions in withAction: none trusts the proxy.

export type { SessionUser };

/**
 * The signed-in user. The cookie is decoded directly rather than through getServerSession, which
 * would also build and re-encrypt a fresh session cookie on every request (about 1 ms each,
 * measured by bench:answers). React's cache() lets the layout, the page and its guards share one
 * lookup per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  return userFromSessionToken(raw, process.env.NEXTAUTH_SECRET);
});

/** next-auth's own cookie naming: the __Secure- prefix whenever the app is served over https. */
function sessionCookieName(): string {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** For pages: sends a signed-out visitor to sign in, answers 403 to the wrong role. */
export async function requireUser(role?: Role, returnTo = "/"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (role && user.role !== role) forbidden();
  return user;
}

/** Throws the 401 or 403 a route handler or action should answer. */
export async function authorize(role?: Role): Promise<SessionUser> {
  return allowed(await getCurrentUser(), role);
}

function allowed(user: SessionUser | null, role?: Role): SessionUser {
  if (!user) throw new HttpError(401, "Sign in to continue.");
  if (role && user.role !== role) throw new HttpError(403, "You do not have access to this.");
  return user;
}

/**
 * authorize() for a route handler, reading the session cookie off the request Next hands it: in a
 * route handler, next/headers' cookies() first builds a mutable cookie store, about 3% of the
 * server's CPU at 500 grades/s (profiled with bench:answers).
 */
async function authorizeRequest(request: NextRequest, role?: Role): Promise<SessionUser> {
  const raw = request.cookies.get(sessionCookieName())?.value;
  return allowed(await userFromSessionToken(raw, process.env.NEXTAUTH_SECRET), role);
}

const DEFAULT_BODY_LIMIT = 64 * 1024;

type RouteOptions<S extends z.ZodType | undefined> = { role?: Role; body?: S; maxBodyBytes?: number };
type RouteContext<S> = {
  user: SessionUser;
  body: S extends z.ZodType ? z.infer<S> : undefined;
  request: NextRequest;
  params: Record<string, string>;
};

/**
 * Wraps a route handler: a write from another site is refused first, then session and role, then
 * the zod-checked JSON body (which must be sent as application/json), then the handler.
 */
export function withRoute<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S>,
  handler: (context: RouteContext<S>) => Promise<Response>,
) {
  return async (request: NextRequest, segment: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      refuseCrossSite(request);
      const user = await authorizeRequest(request, options.role);
      let body: unknown = undefined;
      if (options.body) {
        requireJsonBody(request);
        const parsed = options.body.safeParse(await readJson(request, options.maxBodyBytes ?? DEFAULT_BODY_LIMIT));
        if (!parsed.success) {
          return NextResponse.json(
            { error: "Some fields are not valid.", code: "invalid", fieldErrors: fieldErrorsOf(parsed.error) },
            { status: 422 },
          );
        }
        body = parsed.data;
      }
      const params = (await segment?.params) ?? {};
      return await handler({ user, body: body as RouteContext<S>["body"], request, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export type ActionState<T = Record<string, unknown>> = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<keyof T & string, string[]>>;
};

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** Wraps a server action: session and role, then zod, then the work; failures become form state. */
export function withAction<S extends z.ZodType, R extends ActionState<z.infer<S>>>(
  options: { role?: Role; schema: S },
  action: (input: z.infer<S>, user: SessionUser) => Promise<R>,
) {
  return async (input: unknown): Promise<R | ActionState<z.infer<S>>> => {
    let user: SessionUser;
    try {
      user = await authorize(options.role);
    } catch (error) {
      return { ok: false, message: error instanceof HttpError ? error.message : "Sign in to continue." };
    }
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: "Some fields are not valid.", errors: fieldErrorsOf(parsed.error) as ActionState<z.infer<S>>["errors"] };
    }
    try {
      return await action(parsed.data, user);
    } catch (error) {
      if (error instanceof HttpError) return { ok: false, message: error.message };
      const storage = storageFailureCause(error);
      if (storage) {
        logStorageFailureOnce(storage);
        return { ok: false, message: CANNOT_SAVE_MESSAGE };
      }
      console.error(error);
      return { ok: false, message: "Something went wrong. Nothing was saved; please try again." };
    }
  };
}
