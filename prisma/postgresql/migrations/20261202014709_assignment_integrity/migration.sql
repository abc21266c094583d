-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "questionCount" INTEGER,
ADD COLUMN     "questionTypes" TEXT;

-- CreateTable
CREATE TABLE "ClassRemoval" (
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassRemoval_pkey" PRIMARY KEY ("classId","userId")
);

-- CreateTable
CREATE TABLE "AssignmentAccommodation" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "extraMinutes" INTEGER NOT NULL DEFAULT 0,
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssignmentAccommodation_pkey" PRIMARY KEY ("assignmentId","userId")
);

-- CreateIndex
CREATE INDEX "ClassRemoval_userId_idx" ON "ClassRemoval"("userId");

-- CreateIndex
CREATE INDEX "AssignmentAccommodation_userId_idx" ON "AssignmentAccommodation"("userId");

-- AddForeignKey
ALTER TABLE "ClassRemoval" ADD CONSTRAINT "ClassRemoval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassRemoval" ADD CONSTRAINT "ClassRemoval_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAccommodation" ADD CONSTRAINT "AssignmentAccommodation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAccommodation" ADD CONSTRAINT "AssignmentAccommodation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
