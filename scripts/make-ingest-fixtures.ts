// Rebuilds the binary fixtures of lib/ingest/fixtures with real tools, so the tests never need them:
//   npx tsx scripts/make-ingest-fixtures.ts
// Needs LibreOffice (soffice), poppler-utils (pdftoppm) and qpdf: apt-get install libreoffice-writer poppler-utils qpdf.
// The results are committed; rerun this only after changing a source under lib/ingest/fixtures/sources/.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";

const fixtures = path.resolve("lib/ingest/fixtures");
const sources = path.join(fixtures, "sources");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-fixtures-"));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
}

/** LibreOffice reads the HTML as a Writer document (not Writer/Web) and exports it. */
function convert(source: string, filter: string): string {
  run("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", work, source]);
  const base = path.basename(source, ".html");
  const extension = filter.split(":")[0];
  return path.join(work, `${base}.${extension}`);
}

/** A PDF whose only page is a JPEG picture of the text, as a scanner makes: no text layer at all. */
function imageOnlyPdf(jpeg: Buffer, width: number, height: number): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>`,
    null,
    null,
  ];
  const content = "q 595 0 0 842 0 0 cm /Scan Do Q";
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0].length;
  const push = (chunk: Buffer) => {
    parts.push(chunk);
    length += chunk.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    const number = index + 1;
    if (number === 4) {
      push(Buffer.from(`4 0 obj\n<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`));
      push(jpeg);
      push(Buffer.from("\nendstream\nendobj\n"));
    } else if (number === 5) {
      push(Buffer.from(`5 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`));
    } else push(Buffer.from(`${number} 0 obj\n${body}\nendobj\n`));
  });
  const xref = length;
  const table = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function jpegSize(jpeg: Buffer): { width: number; height: number } {
  for (let i = 2; i < jpeg.length; ) {
    const marker = jpeg[i + 1];
    const size = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7) };
    i += 2 + size;
  }
  throw new Error("not a JPEG");
}

async function zipBomb(): Promise<Buffer> {
  // 100 MB of one repeated character inside an otherwise ordinary .docx: about 100 kB zipped.
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  const open = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const close = "</w:t></w:r></w:p></w:body></w:document>";
  zip.file("word/document.xml", Buffer.concat([Buffer.from(open), Buffer.alloc(100 * 1024 * 1024, "a"), Buffer.from(close)]));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

async function main() {
  const docx = convert(path.join(sources, "school-gardens.html"), "docx:MS Word 2007 XML");
  fs.copyFileSync(docx, path.join(fixtures, "school-gardens.docx"));

  const pdf = convert(path.join(sources, "glacier-retreat.html"), "pdf:writer_pdf_Export");
  fs.copyFileSync(pdf, path.join(fixtures, "glacier-retreat.pdf"));

  run("pdftoppm", ["-r", "100", "-jpeg", "-singlefile", pdf, path.join(work, "scan")]);
  const jpeg = fs.readFileSync(path.join(work, "scan.jpg"));
  const { width, height } = jpegSize(jpeg);
  fs.writeFileSync(path.join(fixtures, "glacier-retreat-scanned.pdf"), imageOnlyPdf(jpeg, width, height));

  run("qpdf", ["--encrypt", "reader-password", "owner-password", "256", "--", pdf, path.join(fixtures, "glacier-retreat-locked.pdf")]);

  // A download cut off halfway: the zip's central directory is missing.
  const whole = fs.readFileSync(docx);
  fs.writeFileSync(path.join(fixtures, "school-gardens-truncated.docx"), whole.subarray(0, Math.floor(whole.length / 2)));

  fs.writeFileSync(path.join(fixtures, "zip-bomb.docx"), await zipBomb());
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`fixtures written to ${path.relative(process.cwd(), fixtures)}`);
}

await main();
