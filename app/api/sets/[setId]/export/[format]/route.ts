import { withRoute } from "@/lib/auth/guard";
import { exportFormatsFor, getExportableSet, QUIZ_EXPORT_FORMATS } from "@/lib/data/set-exports";
import { exportStudySet, isExportFormat } from "@/lib/exchange";
import { HttpError, notFoundError } from "@/lib/errors";

export const GET = withRoute({}, async ({ user, params }) => {
  if (!isExportFormat(params.format)) throw notFoundError("That export format");
  // Refused before any read, so a student learns nothing about the set from a quiz-format request.
  if (QUIZ_EXPORT_FORMATS.includes(params.format) && user.role !== "TEACHER") throw new HttpError(403, "Quiz exports are for teachers.");
  const set = await getExportableSet(user, params.setId);
  if (!set) throw notFoundError("That study set");
  if (!exportFormatsFor(user, set.ownedByUser).includes(params.format)) {
    throw new HttpError(403, "Quiz exports hold the answer key; only the set's owner can download them.");
  }
  const file = await exportStudySet(set.content, params.format);
  const body = typeof file.bytes === "string" ? file.bytes : new Blob([new Uint8Array(file.bytes)]);
  return new Response(body, {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `attachment; filename="${file.filename.replace(/"/g, "")}"`,
      "cache-control": "no-store",
    },
  });
});
