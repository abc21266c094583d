import Link from "next/link";
import { NavLinks, type NavItem } from "@/components/nav-links";
import type { SessionUser } from "@/lib/auth/guard";

const studentNav: NavItem[] = [
  { href: "/", label: "Library" },
  { href: "/assignments", label: "Assignments" },
  { href: "/classes", label: "Classes" },
  { href: "/progress", label: "Progress" },
];

const teacherNav: NavItem[] = [
  { href: "/", label: "Library" },
  { href: "/teach", label: "Teach" },
  { href: "/progress", label: "Progress" },
];

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 px-4 py-2">
        <Link href="/" className="mr-auto inline-flex min-h-11 items-center text-lg font-bold text-brand-800">
          Study from Articles
        </Link>
        {user ? (
          <>
            {/* On a phone the links take their own row below the name and sign-out. */}
            <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
              <NavLinks items={user.role === "TEACHER" ? teacherNav : studentNav} />
            </nav>
            <p className="flex items-center gap-3 text-sm">
              <span className="text-slate-600" data-testid="signed-in-as">
                <span className="sr-only">Signed in as </span>
                {user.name}
                <span className="hidden sm:inline"> · {user.role === "TEACHER" ? "Teacher" : "Student"}</span>
              </span>
              <Link href="/settings" className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline">
                Settings
              </Link>
              <Link href="/sign-out" className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline">
                Sign out
              </Link>
            </p>
          </>
        ) : (
          <nav aria-label="Account" className="flex items-center gap-4">
            <Link href="/sign-in" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline">
              Sign in
            </Link>
            <Link href="/sign-up" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline">
              Create account
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
