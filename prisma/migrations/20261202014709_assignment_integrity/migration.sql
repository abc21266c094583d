-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "questionCount" INTEGER;
ALTER TABLE "Assignment" ADD COLUMN "questionTypes" TEXT;

-- CreateTable
CREATE TABLE "ClassRemoval" (
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "removedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("classId", "userId"),
    CONSTRAINT "ClassRemoval_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassRemoval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentAccommodation" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "extraMinutes" INTEGER NOT NULL DEFAULT 0,
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("assignmentId", "userId"),
    CONSTRAINT "AssignmentAccommodation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssignmentAccommodation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClassRemoval_userId_idx" ON "ClassRemoval"("userId");

-- CreateIndex
CREATE INDEX "AssignmentAccommodation_userId_idx" ON "AssignmentAccommodation"("userId");
