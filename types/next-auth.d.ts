import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    id: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    /** One per sign-in, kept when the token is renewed: signing out revokes it (RevokedSession). */
    sessionId?: string;
    /** The user's sessionVersion at sign-in; raising it ends every older token. */
    sessionVersion?: number;
    /** Seconds since the epoch at sign-in, kept when the token is renewed: caps the sliding lifetime. */
    signedInAt?: number;
  }
}
