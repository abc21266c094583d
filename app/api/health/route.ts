import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// Liveness for load balancers and the test runner: answers once the database is reachable.
export async function GET() {
  await db.user.count();
  return NextResponse.json({ ok: true });
}
