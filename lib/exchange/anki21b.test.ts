import JSZip from "jszip";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { importSliced, previewImportSliced } from "./index";

// Anki 2.1.50+ packages: the collection is collection.anki21b, Zstandard-compressed, beside a legacy
// collection.anki2 stub that only asks to update Anki. The import must read the anki21b one.

const BLOCK = 128 * 1024;

/**
 * A Zstandard frame (RFC 8878) of raw blocks, or of one byte repeated (RLE blocks) when `rle` is given:
 * valid input for any zstd decoder (the reference `zstd -d` reads these frames back byte for byte),
 * built here because the project's zstd library only decompresses.
 */
function zstdFrame(data: Uint8Array, rle?: { byte: number; size: number }): Uint8Array {
  // Magic number, then a descriptor with no content size and a 128 KiB window (exponent 7).
  const parts: Uint8Array[] = [Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38])];
  const total = rle ? rle.size : data.length;
  for (let at = 0; at === 0 || at < total; at += BLOCK) {
    const size = Math.min(BLOCK, total - at);
    const last = at + BLOCK >= total ? 1 : 0;
    const header = (size << 3) | ((rle ? 1 : 0) << 1) | last;
    parts.push(Uint8Array.from([header & 0xff, (header >> 8) & 0xff, header >> 16]), rle ? Uint8Array.of(rle.byte) : data.subarray(at, at + size));
  }
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** A schema-18 collection: decks in their own table (nested names joined by \x1f), Basic and Cloze notes. */
async function modernCollection(): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer,
    conf text, models text, decks text, dconf text, tags text);
    CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
    CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld text, csum integer, flags integer, data text);
    CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer,
      ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);`);
  db.run("INSERT INTO col VALUES (1,0,0,0,18,0,0,0,'','','','','')");
  db.run("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x''), (42, 'Science\x1fChemistry', 0, 0, x'', x'')");
  db.run("INSERT INTO notes VALUES (201, 'g1', 1, 0, 0, '', 'H<sub>2</sub>O\x1fwater', '', 0, 0, '')");
  db.run("INSERT INTO notes VALUES (202, 'g2', 2, 0, 0, '', '{{c1::Sodium}} is Na.\x1f', '', 0, 0, '')");
  db.run("INSERT INTO cards VALUES (1, 201, 42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''), (2, 202, 42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  const bytes = db.export();
  db.close();
  return bytes;
}

/** What Anki writes as collection.anki2 next to an anki21b: one note asking to update. */
async function legacyStub(): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE col (id integer primary key, decks text); CREATE TABLE notes (id integer primary key, flds text); CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer);`);
  db.run(`INSERT INTO col VALUES (1, '{"1":{"id":1,"name":"Default"}}')`);
  db.run("INSERT INTO notes VALUES (1, 'Please update to the latest Anki version, then import the .colpkg/.apkg file again.\x1f')");
  db.run("INSERT INTO cards VALUES (1, 1, 1, 0)");
  const bytes = db.export();
  db.close();
  return bytes;
}

async function packageWith(anki21b: Uint8Array): Promise<Uint8Array> {
  return new JSZip().file("collection.anki2", await legacyStub()).file("collection.anki21b", anki21b).file("meta", Uint8Array.of(0x08, 0x03)).generateAsync({ type: "uint8array" });
}

describe("Anki packages with a Zstandard collection (.anki21b)", () => {
  it("reads the compressed collection, not the legacy stub: its cards, cloze deletions and nested deck name", async () => {
    const bytes = await packageWith(zstdFrame(await modernCollection()));
    const preview = await previewImportSliced(bytes, { format: "apkg" });
    expect(preview.title).toBe("Chemistry");
    expect(preview.rows.map(({ front, back }) => [front, back])).toEqual([
      ["H2O", "water"],
      ["_____ is Na.", "Sodium"],
    ]);
    const result = await importSliced(bytes, { format: "apkg" });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.flashcards.map((card) => card.kind)).toEqual(["key_fact", "cloze"]);
  });

  it("refuses damaged compressed data and a collection that inflates past the ceiling, naming the problem", async () => {
    const frame = zstdFrame(await modernCollection());
    const damaged = frame.slice(0, 6 + 3 + 1000);
    await expect(previewImportSliced(await packageWith(damaged), { format: "apkg" })).rejects.toThrow(/collection\.anki21b is damaged: its compressed data cannot be read/);
    // About 2 KB of RLE blocks that would inflate to 65 MB.
    const bomb = zstdFrame(new Uint8Array(), { byte: 0, size: 65 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(4096);
    await expect(previewImportSliced(await packageWith(bomb), { format: "apkg" })).rejects.toThrow(/collection\.anki21b inflates to more than 64 MB: the package looks like a zip bomb/);
  });
});
