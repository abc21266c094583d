// Migrates and seeds the database behind DATABASE_URL; `npm start` and the test setup both run it.
import { migrateAndSeed } from "@/lib/database/prepare";
import { seedDatabase } from "@/lib/database/seed";
import { ensureAuthSecret } from "@/lib/auth/secret";

export async function prepare(): Promise<void> {
  process.env.NEXTAUTH_SECRET = ensureAuthSecret();
  const applied = await migrateAndSeed(seedDatabase);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepare().catch((error: unknown) => {
    console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
