import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

// The proxy's page headers, from the real proxy function (e2e/security.spec.ts reads them from the
// running server over http; HSTS needs https, which the e2e server does not serve).

const policyOf = (response: Response) => response.headers.get("content-security-policy") ?? "";

describe("proxy", () => {
  const url = process.env.NEXTAUTH_URL;
  afterEach(() => {
    process.env.NEXTAUTH_URL = url;
  });

  it("sends HSTS and upgrade-insecure-requests when the page is served over https", () => {
    delete process.env.NEXTAUTH_URL;
    const response = proxy(new NextRequest("https://study.example/progress"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(policyOf(response)).toContain("upgrade-insecure-requests");
  });

  it("sends HSTS when the public address is https, even behind a proxy that speaks http to us", () => {
    process.env.NEXTAUTH_URL = "https://study.example";
    expect(proxy(new NextRequest("http://10.0.0.5:3000/")).headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("sends no HSTS over plain http, and a fresh nonce each time, handed to Next in the request", () => {
    delete process.env.NEXTAUTH_URL;
    const [one, two] = [proxy(new NextRequest("http://localhost:3100/")), proxy(new NextRequest("http://localhost:3100/"))];
    expect(one.headers.get("strict-transport-security")).toBeNull();
    const nonce = /'nonce-([^']+)'/.exec(policyOf(one))?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(policyOf(two)).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) passes overridden request headers this way.
    expect(one.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });
});
