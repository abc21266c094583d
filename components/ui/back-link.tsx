import Link from "next/link";

/** The way back up, above a page's heading: "← Set title", "← Your assignments". */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-700">
        ← {children}
      </Link>
    </p>
  );
}
