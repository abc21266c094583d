import { withRoute } from "@/lib/auth/guard";
import { getExportableContent } from "@/lib/data/set-exports";
import { exportStudySet, isExportFormat } from "@/lib/exchange";
import { HttpError, notFoundError } from "@/lib/errors";

// Card formats carry what a flashcard shows anyway; the quiz formats carry the answer key, so a student
// (who may be assigned this quiz) never gets those.
const QUIZ_FORMATS = new Set(["gift", "moodle-xml", "qti"]);

export const GET = withRoute({}, async ({ user, params }) => {
  if (!isExportFormat(params.format)) throw notFoundError("That export format");
  if (QUIZ_FORMATS.has(params.format) && user.role !== "TEACHER") throw new HttpError(403, "Quiz exports are for teachers.");
  const content = await getExportableContent(user, params.setId);
  if (!content) throw notFoundError("That study set");
  const file = await exportStudySet(content, params.format);
  const body = typeof file.bytes === "string" ? file.bytes : new Blob([new Uint8Array(file.bytes)]);
  return new Response(body, {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `attachment; filename="${file.filename.replace(/"/g, "")}"`,
      "cache-control": "no-store",
    },
  });
});
