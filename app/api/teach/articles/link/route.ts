import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { readLinkedArticle } from "@/lib/teaching/article-source";
import { articleLinkSchema } from "@/lib/validations/article-link";

// Step one of a new set from a link: the server fetches the page (public addresses only, capped,
// timed out) and reads its article body; nothing is saved.
export const POST = withRoute({ role: "TEACHER", body: articleLinkSchema, maxBodyBytes: 4 * 1024 }, async ({ body }) =>
  NextResponse.json(await readLinkedArticle(body.url)),
);
