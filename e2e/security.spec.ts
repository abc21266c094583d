import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./helpers";

// Issue 11's sessions-and-browsers items against the production server: sign-in limits through
// next-auth, sessions that end, redirects that stay home, cross-site writes, and the CSP with every
// page still working under it.

const PASSWORD = "long enough password";
const unique = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signUp(request: APIRequestContext, email: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const response = await request.post("/api/accounts", { data: { name: `Test ${role.toLowerCase()}`, email, password: PASSWORD, role } });
  expect(response.status()).toBe(201);
}

/** next-auth's credentials sign-in as its client makes it (json: true); returns the raw response. */
async function apiSignIn(request: APIRequestContext, email: string, password: string, callbackUrl?: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", ...(callbackUrl ? { callbackUrl } : {}) },
    maxRedirects: 0,
  });
}

async function signInThroughPage(page: Page, email: string, password = PASSWORD, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function sessionCookie(request: APIRequestContext): Promise<string> {
  const state = await request.storageState();
  const cookie = state.cookies.find((c) => c.name === "next-auth.session-token");
  expect(cookie).toBeDefined();
  return `next-auth.session-token=${cookie!.value}`;
}

test.describe("sign-in limits", () => {
  test("10 wrong passwords lock the account: 429 with Retry-After, the right one refused, the teacher sees it", async ({ page, request, playwright, baseURL }) => {
    const teacherEmail = unique("lock-teacher");
    const studentEmail = unique("lock-student");
    await signUp(request, teacherEmail, "TEACHER");
    await signUp(request, studentEmail);
    // The student joins the teacher's class.
    const teacher = await playwright.request.newContext({ baseURL });
    expect((await apiSignIn(teacher, teacherEmail, PASSWORD)).ok()).toBe(true);
    const created = await teacher.post("/api/teach/classes", { data: { name: "Locked-out class" } });
    expect(created.status()).toBe(201);
    const { id: classId, joinCode } = await created.json();
    const student = await playwright.request.newContext({ baseURL });
    expect((await apiSignIn(student, studentEmail, PASSWORD)).ok()).toBe(true);
    expect((await student.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);

    const guesser = await playwright.request.newContext({ baseURL });
    for (let i = 0; i < 10; i++) expect((await apiSignIn(guesser, studentEmail, `wrong guess ${i}`)).status()).toBe(401);
    const locked = await apiSignIn(guesser, studentEmail, PASSWORD);
    expect(locked.status()).toBe(429);
    const retryAfter = Number(locked.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(new URL((await locked.json()).url).searchParams.get("error")).toMatch(/^TooManyAttempts:account:/);
    expect((await (await guesser.get("/api/auth/session")).json()).user).toBeUndefined();

    await signInThroughPage(page, studentEmail);
    await expect(page.getByRole("alert").filter({ hasText: "locked" })).toContainText(/locked after too many wrong passwords.*Try again in \d+ minutes?/);
    await expect(page).toHaveURL(/\/sign-in/);

    await page.context().clearCookies();
    await signInThroughPage(page, teacherEmail);
    await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
    await page.goto(`/teach/classes/${classId}`);
    await expect(page.getByRole("listitem").filter({ hasText: studentEmail })).toContainText("Sign-in locked after too many wrong passwords, until");
    await Promise.all([teacher.dispose(), student.dispose(), guesser.dispose()]);
  });
});

test.describe("device cookies: a browser that signed in before is not locked out by others' failures", () => {
  const DEVICE = "study-device";
  // The server trusts one proxy here (playwright.config.ts), so each context names its own address.
  const newAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  type Browser = APIRequestContext;
  let open: Browser[] = [];
  let browserAt: (address?: string, device?: string) => Promise<Browser>;

  test.beforeEach(({ playwright, baseURL }) => {
    browserAt = async (address = newAddress(), device) => {
      const cookies = device
        ? [{ name: DEVICE, value: device, domain: "localhost", path: "/api/auth", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const }]
        : [];
      const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address }, storageState: { cookies, origins: [] } });
      open.push(context);
      return context;
    };
  });
  test.afterEach(async () => {
    await Promise.all(open.map((context) => context.dispose()));
    open = [];
  });

  const deviceOf = async (browser: Browser) => (await browser.storageState()).cookies.find((cookie) => cookie.name === DEVICE);
  const lockError = async (response: Awaited<ReturnType<typeof apiSignIn>>) => new URL((await response.json()).url).searchParams.get("error");

  /** Ten wrong passwords from strangers' browsers; then the right password from a new browser is refused. */
  async function lockAccount(email: string) {
    for (let i = 0; i < 10; i++) expect((await apiSignIn(await browserAt(), email, `guess ${i}`)).status()).toBe(401);
    const refused = await apiSignIn(await browserAt(), email, PASSWORD);
    expect(refused.status()).toBe(429);
    expect(await lockError(refused)).toMatch(/^TooManyAttempts:account:/);
  }

  test("a right password sets a long-lived HttpOnly, SameSite=Lax device cookie naming no email; a wrong one none", async ({ request }) => {
    const email = unique("device-cookie");
    await signUp(request, email);
    const wrong = await browserAt();
    expect((await apiSignIn(wrong, email, "not it")).status()).toBe(401);
    expect(await deviceOf(wrong)).toBeUndefined();
    const browser = await browserAt();
    expect((await apiSignIn(browser, email, PASSWORD)).ok()).toBe(true);
    const cookie = await deviceOf(browser);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/auth" });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 60 * 60 * 1000);
    expect(cookie!.value).not.toContain(email.split("@")[0]);
  });

  test("with the school's address locked by failures on other emails, a pupil's browser still signs in; a new browser gets 429", async ({ request }) => {
    const email = unique("device-school");
    await signUp(request, email);
    const school = newAddress();
    const pupil = await browserAt(school);
    expect((await apiSignIn(pupil, email, PASSWORD)).ok()).toBe(true);
    const sprayer = await browserAt(school);
    for (let i = 0; i < 50; i++) expect((await apiSignIn(sprayer, unique(`spray-${i}`), "Password1")).status()).toBe(401);

    const stranger = await apiSignIn(await browserAt(school), email, PASSWORD);
    expect(stranger.status()).toBe(429);
    expect(await lockError(stranger)).toMatch(/^TooManyAttempts:address:/);
    expect((await apiSignIn(pupil, email, PASSWORD)).ok()).toBe(true);
    expect((await (await pupil.get("/api/auth/session")).json()).user).toMatchObject({ email });
  });

  test("with the account locked by an attacker, the owner's browser still signs in; altered cookies or another account's do not", async ({ request }) => {
    const [email, otherEmail] = [unique("device-teacher"), unique("device-other")];
    await signUp(request, email, "TEACHER");
    await signUp(request, otherEmail, "TEACHER");
    const laptop = await browserAt();
    expect((await apiSignIn(laptop, email, PASSWORD)).ok()).toBe(true);
    const otherLaptop = await browserAt();
    expect((await apiSignIn(otherLaptop, otherEmail, PASSWORD)).ok()).toBe(true);
    await lockAccount(email);

    expect((await apiSignIn(laptop, email, PASSWORD)).ok()).toBe(true);

    const device = (await deviceOf(laptop))!.value;
    const [deviceId, tag] = device.split(".");
    const swap = (text: string, at: number) => `${text.slice(0, at)}${text[at] === "A" ? "B" : "A"}${text.slice(at + 1)}`;
    const forgeries = {
      "an altered tag": `${deviceId}.${swap(tag, 3)}`,
      "an altered device id": `${swap(deviceId, 3)}.${tag}`,
      "another account's cookie": (await deviceOf(otherLaptop))!.value,
    };
    for (const [what, forged] of Object.entries(forgeries)) {
      const refused = await apiSignIn(await browserAt(undefined, forged), email, PASSWORD);
      expect(refused.status(), what).toBe(429);
      expect(await lockError(refused)).toMatch(/^TooManyAttempts:account:/);
    }
  });

  test("a device's own failures lock that device, not the account; a shared computer keeps several accounts", async ({ request }) => {
    const [email, second] = [unique("device-own"), unique("device-second")];
    await signUp(request, email);
    await signUp(request, second);
    const lab = await browserAt();
    expect((await apiSignIn(lab, email, PASSWORD)).ok()).toBe(true);
    expect((await apiSignIn(lab, second, PASSWORD)).ok()).toBe(true);
    for (let i = 0; i < 10; i++) expect((await apiSignIn(lab, email, `guess ${i}`)).status()).toBe(401);
    const locked = await apiSignIn(lab, email, PASSWORD);
    expect(locked.status()).toBe(429);
    expect(await lockError(locked)).toMatch(/^TooManyAttempts:device:/);
    expect((await apiSignIn(await browserAt(), email, PASSWORD)).ok()).toBe(true);

    // The second account on the same computer is still remembered, and survives its own lock.
    await lockAccount(second);
    const cookie = (await deviceOf(lab))!.value;
    const fresh = await browserAt(undefined, cookie);
    expect((await apiSignIn(fresh, second, PASSWORD)).ok()).toBe(true);
  });

  test("after sign out everywhere, or a password change, the old device cookie no longer gets past a lock", async ({ request }) => {
    for (const revoke of ["everywhere", "password"] as const) {
      const email = unique(`device-revoke-${revoke}`);
      await signUp(request, email);
      const browser = await browserAt();
      expect((await apiSignIn(browser, email, PASSWORD)).ok()).toBe(true);
      const old = (await deviceOf(browser))!.value;
      const settings =
        revoke === "everywhere"
          ? await browser.delete("/api/account/sessions")
          : await browser.post("/api/account/password", { data: { currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD } });
      expect(settings.status(), revoke).toBe(200);
      // A browser signing in after it is remembered; the one from before is not.
      const after = await browserAt();
      expect((await apiSignIn(after, email, PASSWORD)).ok()).toBe(true);
      await lockAccount(email);
      expect((await apiSignIn(after, email, PASSWORD)).ok(), revoke).toBe(true);
      const refused = await apiSignIn(await browserAt(undefined, old), email, PASSWORD);
      expect(refused.status(), revoke).toBe(429);
      expect(await lockError(refused)).toMatch(/^TooManyAttempts:account:/);
    }
  });
});

test.describe("sessions end", () => {
  test("after signing out, the old cookie neither reads the session nor saves a grade", async ({ request, playwright, baseURL }) => {
    const email = unique("signout");
    await signUp(request, email);
    expect((await apiSignIn(request, email, PASSWORD)).ok()).toBe(true);
    const oldCookie = await sessionCookie(request);
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    expect((await request.post("/api/auth/signout", { form: { csrfToken, json: "true" } })).ok()).toBe(true);

    const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: oldCookie } });
    expect(await (await replay.get("/api/auth/session")).json()).toEqual({});
    const grade = await replay.post("/api/reviews", { data: { requestId: crypto.randomUUID(), itemId: "any", rating: 3 } });
    expect(grade.status()).toBe(401);
    await replay.dispose();
  });

  test("changing the password ends the other browser's session and keeps this one; sign out everywhere ends all", async ({ browser, request }) => {
    const email = unique("settings");
    await signUp(request, email);
    const [laptop, phone] = [await browser.newContext(), await browser.newContext()];
    const [here, there] = [await laptop.newPage(), await phone.newPage()];
    for (const page of [here, there]) {
      await signInThroughPage(page, email);
      await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
    }

    await here.getByRole("link", { name: "Settings" }).click();
    await expect(here.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expectNoSeriousAxeViolations(here, "settings");
    await here.getByLabel("Current password").fill("not my password");
    await here.getByLabel("New password", { exact: true }).fill("a brand new password");
    await here.getByLabel("New password again").fill("a brand new password");
    await here.getByRole("button", { name: "Change password" }).click();
    await expect(here.getByText("Your current password is not right.")).toBeVisible();
    await here.getByLabel("Current password").fill(PASSWORD);
    await here.getByRole("button", { name: "Change password" }).click();
    await expect(here.getByRole("status").filter({ hasText: "Password changed" })).toContainText("signed out on every other device");

    await there.goto("/progress");
    await expect(there).toHaveURL(/\/sign-in\?callbackUrl=/);
    await here.goto("/progress");
    await expect(here.getByTestId("signed-in-as")).toBeVisible();

    // The phone signs in again with the new password; then the laptop signs out everywhere.
    await signInThroughPage(there, email, "a brand new password");
    await expect(there.getByRole("heading", { name: "Your library" })).toBeVisible();
    await here.goto("/settings");
    await here.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(here).toHaveURL(/\/sign-in/);
    // Within seconds (every server's session cache lives 5 s; this one forgets at once).
    await expect
      .poll(async () => {
        await there.goto("/progress");
        return there.url();
      }, { timeout: 8_000 })
      .toMatch(/\/sign-in\?callbackUrl=/);
    await Promise.all([laptop.close(), phone.close()]);
  });
});

test.describe("redirects after sign-in stay on this site", () => {
  const bypasses = ["/\\evil.example", "/\t/evil.example", "//evil.example", "/%2F%2Fevil.example", "https://evil.example", "\\\\evil.example"];

  test("through the sign-in page", async ({ page, baseURL }) => {
    for (const callbackUrl of ["/\\evil.example", "/\t/evil.example"]) {
      await page.context().clearCookies();
      await signInThroughPage(page, "student@example.com", "studyhard", `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    }
  });

  test("through next-auth's callback", async ({ request, baseURL }) => {
    for (const callbackUrl of bypasses) {
      const response = await apiSignIn(request, "student@example.com", "studyhard", callbackUrl);
      expect(response.ok()).toBe(true);
      const { url } = await response.json();
      expect(url, callbackUrl).toBe(`${new URL(baseURL!).origin}/`);
    }
  });
});

test.describe("cross-site writes", () => {
  test("a signed-in teacher's cookie does not create a class from another site; the same request from our page does", async ({ request }) => {
    expect((await apiSignIn(request, "teacher@example.com", "studyhard")).ok()).toBe(true);
    const evil = await request.post("/api/teach/classes", {
      headers: { origin: "http://evil.example", "content-type": "text/plain" },
      data: JSON.stringify({ name: "Made by another site" }),
    });
    expect(evil.status()).toBe(403);
    const plain = await request.post("/api/teach/classes", { headers: { "content-type": "text/plain" }, data: JSON.stringify({ name: "Text body" }) });
    expect(plain.status()).toBe(415);
    const own = await request.post("/api/teach/classes", { data: { name: "Made here" } });
    expect(own.status()).toBe(201);
  });

  test("next-auth's sign-out refuses a POST without its CSRF token", async ({ request }) => {
    expect((await apiSignIn(request, "student@example.com", "studyhard")).ok()).toBe(true);
    await request.post("/api/auth/signout", { headers: { origin: "http://evil.example" }, form: { json: "true" }, maxRedirects: 0 });
    expect((await (await request.get("/api/auth/session")).json()).user).toMatchObject({ email: "student@example.com" });
  });

  test("a server action replayed from another origin is refused by Next.js", async ({ page, request }) => {
    await signInThroughPage(page, "student@example.com", "studyhard");
    await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
    await page.goto("/progress");
    const posted = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await page.getByLabel("New cards per day").fill("21");
    await page.getByRole("button", { name: "Save" }).click();
    const action = await posted;
    const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const headers = { ...action.headers(), cookie: cookies };
    const replay = (origin: string) =>
      request.fetch(action.url(), { method: "POST", headers: { ...headers, origin }, data: action.postDataBuffer() ?? undefined, maxRedirects: 0 });
    expect((await replay(new URL(action.url()).origin)).status()).toBe(200);
    expect((await replay("http://evil.example")).status()).toBeGreaterThanOrEqual(400);
  });
});

test.describe("security headers", () => {
  test("pages carry a nonce CSP that Next's scripts use, nosniff, Referrer-Policy, and no HSTS over http", async ({ request }) => {
    const first = await request.get("/sign-in");
    const headers = first.headers();
    const csp = headers["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = /'nonce-([^']+)'/.exec((await request.get("/sign-in")).headers()["content-security-policy"])?.[1];
    expect(second).not.toBe(nonce);
  });

  test("API answers are not documents either", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("pages with forms and charts work under the CSP with no violation", async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await signInThroughPage(page, "teacher@example.com", "studyhard");
    await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
    for (const path of ["/", "/progress", "/teach", "/teach/classes", "/teach/sets/new", "/settings"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations, path).toEqual([]);
    }
    // Hydrated: a client-side form validates without a round trip.
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Enter your current password")).toBeVisible();
    expect(refused).toEqual([]);
  });
});
