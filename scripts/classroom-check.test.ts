import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { finishAttempt, startAssignmentAttempt, submitAnswer } from "@/lib/quiz";
import { itemIdOf, makeAssignment, makeUser } from "@/lib/quiz/test-fixtures";
import { checkClassroom } from "./classroom-check";

// The check bench:classroom runs on the database afterwards, on attempts made by the quiz code itself.

describe("the classroom bench's database check", () => {
  it("passes a class whose acknowledged answers are all stored and whose attempts are all graded", async () => {
    const { student, assignment, setId } = await makeAssignment();
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    const [mc, tf] = [await itemIdOf(setId, "q-mc"), await itemIdOf(setId, "q-tf")];
    await submitAnswer(student, attemptId, mc, "Polyps");
    await submitAnswer(student, attemptId, tf, true);
    await finishAttempt(student, attemptId);
    const acknowledged = [{ attemptId, itemId: mc }, { attemptId, itemId: tf }];
    expect(await checkClassroom(db, assignment.id, acknowledged)).toEqual({
      acknowledged: 2, stored: 2, lost: 0, doubled: 0, unacknowledged: 0, attempts: 1, extraAttempts: 0, ungraded: 0,
    });
  });

  it("reports an acknowledged answer missing, one stored unacknowledged, an attempt left open and a second attempt", async () => {
    const { student, assignment, setId, classroom } = await makeAssignment({ attemptsAllowed: 2 });
    const first = await startAssignmentAttempt(student, assignment.id);
    const [mc, tf, fill] = [await itemIdOf(setId, "q-mc"), await itemIdOf(setId, "q-tf"), await itemIdOf(setId, "q-fill")];
    await submitAnswer(student, first.attemptId, mc, "Polyps");
    await submitAnswer(student, first.attemptId, tf, false);
    await finishAttempt(student, first.attemptId);
    const second = await startAssignmentAttempt(student, assignment.id);
    const other = await makeUser("STUDENT");
    await db.classMembership.create({ data: { classId: classroom.id, userId: other.id } });
    await startAssignmentAttempt(other, assignment.id);
    // Acknowledged: mc (stored) and fill (never stored); tf was stored without the bench seeing a 2xx.
    const acknowledged = [{ attemptId: first.attemptId, itemId: mc }, { attemptId: second.attemptId, itemId: fill }];
    expect(await checkClassroom(db, assignment.id, acknowledged)).toEqual({
      acknowledged: 2, stored: 2, lost: 1, doubled: 0, unacknowledged: 1, attempts: 3, extraAttempts: 1, ungraded: 2,
    });
  });
});
