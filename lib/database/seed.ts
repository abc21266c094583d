import fs from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsEnabled } from "@/lib/config";
import { hashPassword } from "@/lib/auth/password";
import { generateStudySet } from "@/lib/generator";
import { createStudySet } from "@/lib/study-sets/store";
import { PROJECT_ROOT } from "@/lib/migrations/providers";

export const SAMPLE_ARTICLE_PATH = path.join(PROJECT_ROOT, "content/sample-article.txt");

/** First start: the sample article as a public study set. Later starts: nothing to do. */
async function seedSampleSet(): Promise<void> {
  if (await db.studySet.findFirst({ where: { isSample: true }, select: { id: true } })) return;
  const sourceText = await fs.readFile(SAMPLE_ARTICLE_PATH, "utf8");
  const content = generateStudySet(sourceText);
  await db.$transaction((tx) =>
    createStudySet(tx, { title: content.title, sourceText, content, ownerId: null, visibility: "PUBLIC", isSample: true }),
  );
}

/** Demo accounts exist exactly while DEMO_ACCOUNTS is not "off". */
async function syncDemoAccounts(): Promise<void> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  if (!demoAccountsEnabled()) {
    await db.user.deleteMany({ where: { email: { in: emails } } });
    return;
  }
  const existing = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.some((user) => user.email === account.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(missing.map((account) => db.user.create({ data: { ...account, passwordHash } })));
}

export async function seedDatabase(): Promise<void> {
  await seedSampleSet();
  await syncDemoAccounts();
}
