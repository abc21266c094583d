"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string): boolean {
  // The library is home, and a set's pages belong to it.
  if (href === "/") return pathname === "/" || pathname.startsWith("/sets/");
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** While the page a link leads to loads (slow connections), a spinner beside its label says so. */
function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="ml-1 inline-flex items-center">
      <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-brand-700 border-t-transparent" />
      <span className="sr-only">Loading…</span>
    </span>
  ) : null;
}

/** The main sections, the one the reader is in marked for sight and for screen readers. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="-ml-2 flex flex-wrap items-center gap-x-1 gap-y-1">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md px-1.5 text-sm font-medium sm:px-2 hover:bg-slate-100 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-brand-700 ${
                current ? "text-brand-800 underline decoration-2 underline-offset-8" : "text-slate-800"
              }`}
            >
              {item.label}
              <PendingMark />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
