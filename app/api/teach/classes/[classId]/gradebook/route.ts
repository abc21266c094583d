import { withRoute } from "@/lib/auth/guard";
import { getClassGradebook } from "@/lib/data/teaching";
import { notFoundError } from "@/lib/errors";
import { gradebookTable } from "@/lib/reports/gradebook";
import { spreadsheetCsv } from "@/lib/exchange/spreadsheet-cells";

function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class";
}

export const GET = withRoute({ role: "TEACHER" }, async ({ user, params }) => {
  const found = await getClassGradebook(user, params.classId);
  if (!found) throw notFoundError("That class");
  const [header, ...rows] = gradebookTable(found.gradebook);
  return new Response(spreadsheetCsv(header, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileSlug(found.name)}-gradebook.csv"`,
      "cache-control": "no-store",
    },
  });
});
