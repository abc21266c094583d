import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { previewArticle } from "./article-preview";

// The preview is where a teacher learns, before generating, that the text is short, mixed or in a
// language the generator only partly reads.

describe("previewArticle", () => {
  it("names the language and carries no notice for a full English article", () => {
    const preview = previewArticle(fs.readFileSync("content/sample-article.txt", "utf8"));
    expect(preview.language).toBe("en");
    expect(preview.notices).toEqual([]);
  });

  it("reads a Spanish article as Spanish", () => {
    expect(previewArticle(fs.readFileSync("lib/generator/fixtures/glaciares-andes.es.md", "utf8")).language).toBe("es");
  });

  it("warns that two sentences are too short for a useful set", () => {
    const preview = previewArticle("Glaciers store about 69 percent of the world's fresh water. Most of it is in Antarctica.");
    expect(preview.notices.map((notice) => notice.code)).toEqual(["too_short"]);
    expect(preview.notices[0].message).toMatch(/too short/);
  });
});
