import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canViewSet, visibleSetSql } from "./visibility";

// The visibility rule exists twice: as a Prisma filter (pages, queues) and as SQL (the grade hot
// path). Against the real test database, every kind of set and viewer must get the same answer.

async function user(role: "STUDENT" | "TEACHER") {
  return db.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@example.com`, name: role, passwordHash: "x", role } });
}

async function set(ownerId: string, fields: { visibility?: string; status?: string } = {}) {
  return db.studySet.create({ data: { title: "Set", sourceText: "x", ownerId, ...fields } });
}

async function visibleBySql(userId: string, setId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "StudySet" s WHERE s."id" = ${setId} AND ${visibleSetSql(userId)}`;
  return rows.length === 1;
}

describe("visibleSetSql", () => {
  it("agrees with visibleSetsWhere for the sample, public, private, assigned and draft sets", async () => {
    const [teacher, member, outsider] = [await user("TEACHER"), await user("STUDENT"), await user("STUDENT")];
    const sample = await db.studySet.findFirstOrThrow({ where: { isSample: true } });
    const publicSet = await set(teacher.id, { visibility: "PUBLIC" });
    const privateSet = await set(teacher.id);
    const assigned = await set(teacher.id);
    const draft = await set(teacher.id, { visibility: "PUBLIC", status: "DRAFT" });
    const classroom = await db.classroom.create({
      data: { name: "Class", teacherId: teacher.id, joinCode: randomUUID().slice(0, 8), members: { create: { userId: member.id } } },
    });
    const now = Date.now();
    await db.assignment.create({
      data: { classId: classroom.id, setId: assigned.id, opensAt: new Date(now), dueAt: new Date(now + 86_400_000) },
    });

    const expected: Record<string, Record<string, boolean>> = {
      teacher: { sample: true, public: true, private: true, assigned: true, draft: false },
      member: { sample: true, public: true, private: false, assigned: true, draft: false },
      outsider: { sample: true, public: true, private: false, assigned: false, draft: false },
    };
    const sets = { sample, public: publicSet, private: privateSet, assigned, draft };
    for (const [viewerName, viewer] of Object.entries({ teacher, member, outsider })) {
      for (const [setName, studySet] of Object.entries(sets)) {
        const byPrisma = await canViewSet(viewer, studySet.id);
        const bySql = await visibleBySql(viewer.id, studySet.id);
        expect({ viewerName, setName, byPrisma, bySql }).toEqual({
          viewerName,
          setName,
          byPrisma: expected[viewerName][setName],
          bySql: expected[viewerName][setName],
        });
      }
    }
  });
});
