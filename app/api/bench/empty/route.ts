import { NextResponse } from "next/server";

// Exists only for `npm run bench:answers`: an empty POST handler that measures the framework's own
// ceiling on this machine. It answers 404 unless the server was started with BENCH_ROUTES=on.
export async function POST(): Promise<Response> {
  if (process.env.BENCH_ROUTES !== "on") return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json({ ok: true });
}
