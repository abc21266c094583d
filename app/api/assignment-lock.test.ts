import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as startRoute } from "@/app/api/quiz/attempts/route";
import { GET as attemptRoute } from "@/app/api/quiz/attempts/[attemptId]/route";
import { POST as answerRoute } from "@/app/api/quiz/attempts/[attemptId]/answers/route";
import { POST as checkRoute } from "@/app/api/practice/check/route";
import { GET as exportRoute } from "@/app/api/sets/[setId]/export/[format]/route";
import { QUESTIONS, itemIdOf, makeAssignment } from "@/lib/quiz/test-fixtures";
import { jsonRequest, request, sessionTokenFor } from "@/tests/helpers/signed-in";

// Issue 11 items 1 and 2 through the real route handlers, a real session cookie and the real test
// database: a student with an assignment still to take walks every API route that could give an
// answer away (the pages' reads are walked in lib/quiz/assignment-lock.test.ts).

const SECRETS = QUESTIONS.flatMap((q) => [q.explanation, q.source.quote, "CARD-BACK-polyp colonies"]);
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });

describe("a locked student through the API", () => {
  it("gets no practice quiz, no practice check, no locked card in an export, and only 'saved' during the attempt", async () => {
    const { student, setId, assignment } = await makeAssignment({ showAnswers: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    const token = await sessionTokenFor(user);
    const same = { origin: "http://localhost:3100", "sec-fetch-site": "same-origin" };

    const practice = await startRoute(jsonRequest("/api/quiz/attempts", { setId }, { token, headers: same }), params({}));
    expect(practice.status).toBe(409);

    for (const key of ["q-mc", "q-fill"]) {
      for (const mode of ["choice", "typed"]) {
        const check = await checkRoute(jsonRequest("/api/practice/check", { itemId: await itemIdOf(setId, key), mode, response: "Polyps" }, { token, headers: same }), params({}));
        expect(check.status, `${mode} ${key}`).toBe(409);
        expect(JSON.stringify(await check.json())).not.toMatch(/expected|Polyps/);
      }
    }
    const cloze = await checkRoute(jsonRequest("/api/practice/check", { itemId: await itemIdOf(setId, "c-cloze-same"), mode: "cloze", response: "x" }, { token, headers: same }), params({}));
    expect(cloze.status).toBe(409);

    for (const format of ["quizlet", "csv", "anki-text"]) {
      const exported = await exportRoute(request(`/api/sets/${setId}/export/${format}`, { method: "GET", token }), params({ setId, format }));
      expect(exported.status, format).toBe(200);
      const text = await exported.text();
      for (const secret of SECRETS) expect(text, format).not.toContain(secret);
      expect(text, format).toContain("FREE-BACK-atoll");
    }

    const started = await startRoute(jsonRequest("/api/quiz/attempts", { assignmentId: assignment.id }, { token, headers: same }), params({}));
    expect(started.status).toBe(201);
    const { attemptId } = (await started.json()) as { attemptId: string };
    const saved = await answerRoute(jsonRequest(`/api/quiz/attempts/${attemptId}/answers`, { itemId: await itemIdOf(setId, "q-mc"), response: "Kelp" }, { token, headers: same }), params({ attemptId }));
    expect(await saved.json()).toMatchObject({ result: { status: "recorded", response: "Kelp" } });
    const view = await attemptRoute(request(`/api/quiz/attempts/${attemptId}`, { method: "GET", token }), params({ attemptId }));
    const viewText = await view.text();
    for (const secret of SECRETS) expect(viewText).not.toContain(secret);
  });
});
