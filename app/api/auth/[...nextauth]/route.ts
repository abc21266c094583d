import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { withDeviceCookie } from "@/lib/auth/device-cookie";
import { authOptions } from "@/lib/auth/options";
import { withSignInRetryAfter } from "@/lib/auth/sign-in";
import { errorResponse } from "@/lib/http-errors";
import { readBodyBytes } from "@/lib/http-body";

// next-auth's own routes: its POSTs (sign-in, sign-out) carry its CSRF token (double-submit
// cookie), checked by next-auth itself, so they are not wrapped in withRoute.
const handler = NextAuth(authOptions);

// next-auth reads the sign-in form itself; the body is read here first, capped like every other body.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

async function POST(request: NextRequest, context: NextAuthContext): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyBytes(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  const capped = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
  return withDeviceCookie(capped, async () => withSignInRetryAfter(await handler(capped, context)));
}

export { handler as GET, POST };
