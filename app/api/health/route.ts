import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// Health check for load balancers and the test runner: 200 while this server can reach its
// database, 503 when it cannot (the balancer then sends requests to the other servers).
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true, database: "reachable" });
  } catch {
    return NextResponse.json({ ok: false, database: "unreachable" }, { status: 503, headers: { "retry-after": "5" } });
  }
}
