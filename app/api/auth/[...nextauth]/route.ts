import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { errorResponse } from "@/lib/http-errors";
import { readBodyBytes } from "@/lib/http-body";

const handler = NextAuth(authOptions);

// next-auth reads the sign-in form itself; the body is read here first, capped like every other body.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

async function POST(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyBytes(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
}

export { handler as GET, POST };
