import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { withSignInRetryAfter } from "@/lib/auth/sign-in";

// next-auth's own routes: its POSTs (sign-in, sign-out) carry its CSRF token (double-submit
// cookie), checked by next-auth itself, so they are not wrapped in withRoute.
const handler = NextAuth(authOptions);

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

export async function POST(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return withSignInRetryAfter(await handler(request, context));
}

export { handler as GET };
