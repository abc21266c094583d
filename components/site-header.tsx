import Link from "next/link";
import type { SessionUser } from "@/lib/auth/guard";

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto text-lg font-bold text-brand-800">
          Study from Articles
        </Link>
        {user ? (
          <>
            <Link href="/" className="text-sm font-medium text-slate-800 hover:underline">
              Library
            </Link>
            <Link href="/progress" className="text-sm font-medium text-slate-800 hover:underline">
              Progress
            </Link>
            {user.role === "TEACHER" ? (
              <Link href="/teach" className="text-sm font-medium text-slate-800 hover:underline">
                Teach
              </Link>
            ) : (
              <>
                <Link href="/assignments" className="text-sm font-medium text-slate-800 hover:underline">
                  Assignments
                </Link>
                <Link href="/classes" className="text-sm font-medium text-slate-800 hover:underline">
                  Classes
                </Link>
              </>
            )}
            <span className="text-sm text-slate-600" data-testid="signed-in-as">
              {user.name} · {user.role === "TEACHER" ? "Teacher" : "Student"}
            </span>
            <Link href="/sign-out" className="text-sm font-medium text-brand-700 hover:underline">
              Sign out
            </Link>
          </>
        ) : (
          <>
            <Link href="/sign-in" className="text-sm font-medium text-brand-700 hover:underline">
              Sign in
            </Link>
            <Link href="/sign-up" className="text-sm font-medium text-brand-700 hover:underline">
              Create account
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
