-- CreateTable
CREATE TABLE "LearnProgress" (
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "stage" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "itemId"),
    CONSTRAINT "LearnProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LearnProgress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "StudyItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LearnProgress_itemId_idx" ON "LearnProgress"("itemId");
