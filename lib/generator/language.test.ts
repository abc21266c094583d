import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateStudySet } from "./index";
import { detectLanguage } from "./language";
import { FIXTURES_DIR, readSample } from "./test-helpers";

const fixture = (name: string) => readFileSync(path.join(FIXTURES_DIR, name), "utf8");

const GERMAN = `# Die Stadt Kessel baut ihr Straßenbahnnetz aus

Die Stadt Kessel will ihr Straßenbahnnetz bis 2032 um 18 Kilometer verlängern. Der Stadtrat hat den Plan am 12. März 2024 mit großer Mehrheit beschlossen. Die Kosten werden auf 640 Millionen Euro geschätzt, von denen der Bund etwa 60 Prozent übernehmen soll.

## Die neuen Linien

- Die Linie 4 fährt künftig bis zum Nordbahnhof und wird 6 Kilometer länger.
- Die Linie 7 verbindet ab 2029 die Universität mit dem Klinikum.
- Eine neue Linie 9 erschließt das Gewerbegebiet im Osten mit 9 Haltestellen.

## Was die Fachleute sagen

Laut Jana Weber, Verkehrsforscherin an der Technischen Universität Kessel, ist der Ausbau die günstigste Möglichkeit, den Autoverkehr in der Innenstadt zu verringern. Sie rechnet mit 40.000 zusätzlichen Fahrgästen pro Tag.

„Ohne eine bessere Taktung bringt ein längeres Netz wenig“, sagte Tobias Lang, Sprecher des Fahrgastverbands Pro Bahn. Lang fordert, dass die Bahnen in der Hauptverkehrszeit alle fünf Minuten fahren.
`;

describe("language", () => {
  it("detects English, Spanish, French and German, and something else", () => {
    expect(detectLanguage(readSample())).toBe("en");
    expect(detectLanguage(fixture("glaciares-andes.es.md"))).toBe("es");
    expect(detectLanguage(fixture("renovation-energetique.fr.md"))).toBe("fr");
    expect(detectLanguage(GERMAN)).toBe("de");
    expect(detectLanguage("Il governo ha approvato ieri il nuovo piano per le ferrovie regionali, che prevede investimenti per 3 miliardi di euro entro il 2030 e nuove linee nel sud del paese. Secondo il ministro, i primi cantieri partiranno in primavera.")).toBe("other");
  });

  it("writes the scaffolding of a Spanish article in Spanish", () => {
    const set = generateStudySet(fixture("glaciares-andes.es.md"));
    expect(set.language).toBe("es");
    const prompts = set.questions.map((q) => q.prompt);
    expect(prompts.some((p) => p.startsWith("¿Verdadero o falso? "))).toBe(true);
    expect(prompts.some((p) => p.startsWith("¿Qué completa la frase? "))).toBe(true);
    expect(prompts.some((p) => p.startsWith("Según la tabla, ¿cuál es el valor de «Pérdida de superficie» para “Río Maipo”?"))).toBe(true);
    expect(prompts.filter((p) => /^(?:True or false|Fill in|Which completes|According to the table|When\?|Match each)/.test(p))).toEqual([]);
    expect(set.questions.filter((q) => /^(?:The article|False:|In the table)/.test(q.explanation)).map((q) => q.explanation)).toEqual([]);
  });

  it("writes French and German scaffolding and finds experts quoted with selon, laut and sagte", () => {
    const french = generateStudySet(fixture("renovation-energetique.fr.md"));
    expect(french.questions.some((q) => q.prompt.startsWith("Vrai ou faux ? "))).toBe(true);
    expect(french.questions.some((q) => q.prompt.startsWith("D’après le tableau, "))).toBe(true);
    const german = generateStudySet(GERMAN);
    expect(german.language).toBe("de");
    expect(german.questions.some((q) => q.prompt.startsWith("Richtig oder falsch? "))).toBe(true);
    const affiliations = german.flashcards.filter((c) => c.front.startsWith("Zu welcher Institution gehört")).map((c) => c.back);
    expect(affiliations).toEqual(expect.arrayContaining(["Technischen Universität Kessel", "Fahrgastverbands Pro Bahn"]));
  });

  it("tells the teacher what it cannot do in another language, and keeps English items for English", () => {
    const italian = generateStudySet(
      "# Nuove linee ferroviarie\n\nIl governo ha approvato ieri il nuovo piano per le ferrovie regionali.\n\n- Investimenti per 3 miliardi di euro entro il 2030.\n- Nuove linee nel sud del paese, con 40 stazioni.\n- I primi cantieri partiranno nella primavera del 2025.\n\nSecondo il ministro, il piano ridurrà i tempi di viaggio del 20 per cento. I sindacati chiedono più personale per le nuove linee. Le regioni del nord hanno criticato la distribuzione dei fondi.\n",
    );
    expect(italian.language).toBe("other");
    expect(italian.notices?.map((n) => n.code)).toContain("unsupported_language");
    expect(italian.notices?.find((n) => n.code === "unsupported_language")?.message).toMatch(/English, Spanish, French or German/);
    expect(generateStudySet(readSample()).notices).toEqual([]);
  });
});

describe("notices about the text as a whole", () => {
  it("says a two-sentence text is too short, and still makes the few items it can", () => {
    const set = generateStudySet("The museum reopened on 4 May 2025 after a $12 million renovation. It now shows 1,200 objects, twice as many as before.");
    expect(set.notices?.map((n) => n.code)).toEqual(["too_short"]);
    expect(set.notices?.[0].message).toMatch(/too short/);
    expect(set.questions.length + set.flashcards.length).toBeGreaterThan(0);
  });

  it("says when several articles were pasted together", () => {
    const two = `${fixture("school-phone-ban.md")}\n\n${fixture("telegraph-history.md")}`;
    expect(generateStudySet(two).notices?.map((n) => n.code)).toContain("several_articles");
    expect(generateStudySet(fixture("school-phone-ban.md")).notices).toEqual([]);
  });
});
