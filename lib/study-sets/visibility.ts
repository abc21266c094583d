import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";

/** The sets a user may study: the sample, public sets, their own, and those assigned to their classes. */
export function visibleSetsWhere(user: Pick<SessionUser, "id">): Prisma.StudySetWhereInput {
  return {
    status: "PUBLISHED",
    OR: [
      { isSample: true },
      { visibility: "PUBLIC" },
      { ownerId: user.id },
      { assignments: { some: { classroom: { members: { some: { userId: user.id } } } } } },
    ],
  };
}

/**
 * The same rule as visibleSetsWhere, as a SQL condition on the set aliased `s`, for the hot path
 * that skips the query builder (writing grades). `userId` is a value, or a SQL expression such as
 * a column. study-sets.test.ts checks that the two always agree.
 */
export function visibleSetSql(userId: string | Prisma.Sql): Prisma.Sql {
  return Prisma.sql`s."status" = 'PUBLISHED' AND (
    s."isSample" = ${true} OR s."visibility" = 'PUBLIC' OR s."ownerId" = ${userId}
    OR EXISTS (
      SELECT 1 FROM "Assignment" a JOIN "ClassMembership" m ON m."classId" = a."classId"
      WHERE a."setId" = s."id" AND m."userId" = ${userId}
    )
  )`;
}

export async function canViewSet(user: Pick<SessionUser, "id">, setId: string): Promise<boolean> {
  const found = await db.studySet.findFirst({ where: { id: setId, ...visibleSetsWhere(user) }, select: { id: true } });
  return found !== null;
}
