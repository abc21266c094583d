import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/database/health";

// Liveness for load balancers and the test runner: 200 once the database can be read and written;
// 503 with which of the two failed otherwise (a server that cannot save progress is not healthy, and
// the balancer then sends requests to the other servers).
export async function GET() {
  const database = await checkDatabase(db);
  const ok = database.reachable && database.writable;
  return NextResponse.json({ ok, database }, { status: ok ? 200 : 503, headers: ok ? undefined : { "retry-after": "5" } });
}
