import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startAssignmentAttempt, startPracticeAttempt } from "@/lib/quiz";
import { makeAssignment, makeSet, makeUser } from "./test-fixtures";

// Starts sent at the same moment, as a double click, two tabs or two app servers send them. On
// PostgreSQL they run on separate pooled connections at once (TEST_DATABASE_URL, README "Tests"),
// which is where a read-then-insert without a lock made one attempt per request.

const ROUNDS = 5;
const AT_ONCE = 6;

describe("quiz starts at the same moment", () => {
  it("make one open practice quiz per learner and set, which every request resumes", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await makeUser();
      const setId = await makeSet();
      const started = await Promise.all(Array.from({ length: AT_ONCE }, () => startPracticeAttempt(user, setId)));
      expect(new Set(started.map((start) => start.attemptId)).size).toBe(1);
      expect(started.filter((start) => !start.resumed)).toHaveLength(1);
      expect(await db.quizAttempt.count({ where: { userId: user.id, setId, submittedAt: null } })).toBe(1);
    }
  });

  it("never go past the attempts an assignment allows", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { student, assignment } = await makeAssignment({ attemptsAllowed: 1 });
      const started = await Promise.allSettled(Array.from({ length: AT_ONCE }, () => startAssignmentAttempt(student, assignment.id)));
      const attemptIds = started.flatMap((start) => (start.status === "fulfilled" ? [start.value.attemptId] : []));
      expect(new Set(attemptIds).size).toBe(1);
      expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id, userId: student.id } })).toBe(1);
    }
  });
});
