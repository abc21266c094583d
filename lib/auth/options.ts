import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/auth/client-address";
import { roleSchema } from "@/lib/auth/roles";
import { revokeSession } from "@/lib/auth/sessions";
import { signInWithinLimits } from "@/lib/auth/sign-in";
import { userFromToken } from "@/lib/auth/session-user";
import { sameOriginRedirect } from "@/lib/safe-redirect";
import { signInSchema } from "@/lib/validations/account";

/**
 * Sessions slide: a token lives 7 days from its last renewal (the signed-in layout renews it at most
 * hourly, see SessionRenewal), and none is accepted 30 days after its sign-in (session-user.ts).
 */
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;

const SESSION_ENDED = "This session has ended.";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        return signInWithinLimits(parsed.data.email, parsed.data.password, clientAddress(request.headers ?? {}));
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.sessionId = randomUUID();
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // Renewing (GET /api/auth/session): a revoked token is refused, and next-auth clears its cookie.
      if (!(await userFromToken(token))) throw new Error(SESSION_ENDED);
      return token;
    },
    session({ session, token }) {
      const role = roleSchema.safeParse(token.role);
      if (session.user && typeof token.id === "string" && role.success) {
        session.user.id = token.id;
        session.user.role = role.data;
      }
      return session;
    },
    redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl);
    },
  },
  logger: {
    // A signed-out cookie asking to be renewed is refused by design: no stack trace in the log for it.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    async signOut({ token }) {
      await revokeSession(token);
    },
  },
};
