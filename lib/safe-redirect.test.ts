import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { safeLocalPath } from "./safe-redirect";

// The known open-redirect forms (OWASP's and the ones browsers normalise), through both doors: the
// sign-in page's callbackUrl (safeLocalPath) and next-auth's redirect callback as configured.

const BASE = "http://localhost:3100";
const bypasses = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  " //evil.example",
  "/%2F%2Fevil.example",
  "/%2f%2fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%252F%252Fevil.example",
  "/%09/evil.example",
  "https://evil.example",
  "http://evil.example/path",
  "HTTPS://evil.example",
  "https:evil.example",
  "//localhost:3100@evil.example",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "http://localhost:3100.evil.example/",
  "http://localhost:3100@evil.example/",
];

/** Where a browser on our site would end up for this href. */
const landsOn = (href: string) => new URL(href, BASE).origin;

describe("safeLocalPath", () => {
  it.each(bypasses)("refuses %j", (value) => {
    expect(safeLocalPath(value)).toBe("/");
  });

  it("keeps our own paths, with their query and fragment", () => {
    expect(safeLocalPath("/sets/abc/quiz")).toBe("/sets/abc/quiz");
    expect(safeLocalPath("/join/ABC234?from=link#top")).toBe("/join/ABC234?from=link#top");
    expect(safeLocalPath("/teach/classes/x%20y")).toBe("/teach/classes/x%20y");
    expect(safeLocalPath(["/progress", "//evil.example"])).toBe("/progress");
    expect(safeLocalPath(undefined, "/teach")).toBe("/teach");
  });
});

describe("next-auth's redirect callback", () => {
  const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: BASE }) as string;

  it.each(bypasses)("keeps %j on our origin", (value) => {
    const target = redirect(value);
    expect(landsOn(target)).toBe(BASE);
    expect(target).toBe(`${BASE}/`);
  });

  it("keeps our own paths and absolute URLs on our origin", () => {
    expect(redirect("/progress")).toBe(`${BASE}/progress`);
    expect(redirect(`${BASE}/sets/abc?x=1`)).toBe(`${BASE}/sets/abc?x=1`);
    expect(redirect(`${BASE}//evil.example`)).toBe(`${BASE}/`);
  });
});
