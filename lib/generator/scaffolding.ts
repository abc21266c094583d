// The words around the article's own words ("True or false:", "Which completes the statement?",
// "According to the table, …") in the article's language. Builders write English frames; this pass
// rewrites each known frame for Spanish, French and German articles, leaving the quoted text as is.

import type { ArticleLanguage, Flashcard, Question, StudySetContent } from "./types";

type Frames = readonly (readonly [RegExp, string])[];

const ES: Frames = [
  [/^True or false: according to the table, (?:the )?(.+?) for (“.+?”) is(:? .+|\s“.+”)\.$/su, "¿Verdadero o falso? Según la tabla, $1 de $2 es$3."],
  [/^True or false: according to the table, (?:the )?(.+?) (“.+?”) is(:? .+|\s“.+”)\.$/su, "¿Verdadero o falso? Según la tabla, $1 de $2 es$3."],
  [/^According to the table, what is (?:the )?(.+?) for (“.+?”)\?$/su, "Según la tabla, ¿cuál es el valor de «$1» para $2?"],
  [/^According to the table, what is (?:the )?(.+?) (“.+?”)\?$/su, "Según la tabla, ¿cuál es el valor de «$1» para $2?"],
  [/^Which (.+?) has (?:the )?(.+?)(: .+| “.+”)\?$/su, "Según la tabla, ¿qué $1 tiene «$2»$3?"],
  [/^Match each expert with their position\.?(.*)$/su, "Relaciona a cada experto con su postura.$1"],
  [/^Match each expert with their affiliation\.?(.*)$/su, "Relaciona a cada experto con su institución.$1"],
  [/^Match each term with its definition(.*)\.$/su, "Relaciona cada término con su definición$1."],
  [/^Match each (.+?) with its (.+?)( \(part \d+\))?\.$/su, "Relaciona cada $1 con su $2$3."],
  [/^Which expert argues: (.+)\?$/su, "¿Qué experto sostiene: $1?"],
  [/^What is (.+)’s position\?$/su, "¿Cuál es la postura de $1?"],
  [/^What is (.+)’s affiliation\?$/su, "¿A qué institución pertenece $1?"],
  [/^Which affiliation does the article give for (.+)\?$/su, "¿Qué institución indica el artículo para $1?"],
  [/^True or false: (.+?) argues: (.+)$/su, "¿Verdadero o falso? $1 sostiene: $2"],
  [/^True or false: (.+?) is defined as: (.+)$/su, "¿Verdadero o falso? $1 se define como: $2"],
  [/^True or false: /su, "¿Verdadero o falso? "],
  [/^Fill in the blank: /su, "Completa el espacio: "],
  [/^Fill in the date: /su, "Completa la fecha: "],
  [/^Which completes the statement\? /su, "¿Qué completa la frase? "],
  [/^When\? /su, "¿Cuándo? "],
  [/^Put these events in chronological order, earliest first(?: \(part (\d+)\))?\.$/su, "Ordena estos hechos del más antiguo al más reciente (parte $1)."],
  [/^Which term is defined here\? /su, "¿Qué término se define aquí? "],
  [/^Which term matches this definition: (.+)\?$/su, "¿Qué término corresponde a esta definición: $1?"],
  [/^Define: /su, "Define: "],
  [/^Name a point listed under (.+)\.$/su, "Nombra un punto de la lista $1."],
  [/^Name a key point from the article\.$/su, "Nombra un punto clave del artículo."],
  [/^The article says: /su, "El artículo dice: "],
  [/^The article lists: /su, "El artículo enumera: "],
  [/^The article defines (.+?) as: /su, "El artículo define $1 como: "],
  [/^The article introduces (.+?) as being from (.+)\.$/su, "El artículo presenta a $1 como miembro de $2."],
  [/^False: the article says (.+?), not (.+?)\. /su, "Falso: el artículo dice $1, no $2. "],
  [/^False: that is another expert’s view\. /su, "Falso: es la opinión de otro experto. "],
  [/^False: that is the definition of another term\. /su, "Falso: es la definición de otro término. "],
  [/^False: (.+?) belongs to another row\. /su, "Falso: $1 corresponde a otra fila. "],
  [/^False: (.+?) is another column’s entry\. /su, "Falso: $1 corresponde a otra columna. "],
  [/^In the table under (“.+?”), the (.+?) (“.+?”) has (.+?)(: .+| “.+”)\.$/su, "En la tabla de $1, $2 $3 tiene «$4»$5."],
  [/^In the table under (“.+?”), (“.+?”) has (.+?)(: .+| “.+”)\.$/su, "En la tabla de $1, $2 tiene «$3»$4."],
  [/^From the experts’ positions in the article\.$/su, "Según las posturas de los expertos del artículo."],
  [/^From the experts named in the article\.$/su, "Según los expertos citados en el artículo."],
  [/^From the definitions in the article\.$/su, "Según las definiciones del artículo."],
  [/^From the table under (“.+?”)\.$/su, "Según la tabla de $1."],
];

const FR: Frames = [
  [/^True or false: according to the table, (?:the )?(.+?) for (“.+?”) is(:? .+|\s“.+”)\.$/su, "Vrai ou faux ? D’après le tableau, « $1 » pour $2 est$3."],
  [/^True or false: according to the table, (?:the )?(.+?) (“.+?”) is(:? .+|\s“.+”)\.$/su, "Vrai ou faux ? D’après le tableau, « $1 » pour $2 est$3."],
  [/^According to the table, what is (?:the )?(.+?) for (“.+?”)\?$/su, "D’après le tableau, quelle est la valeur de « $1 » pour $2 ?"],
  [/^According to the table, what is (?:the )?(.+?) (“.+?”)\?$/su, "D’après le tableau, quelle est la valeur de « $1 » pour $2 ?"],
  [/^Which (.+?) has (?:the )?(.+?)(: .+| “.+”)\?$/su, "D’après le tableau, quelle ligne « $1 » a « $2 »$3 ?"],
  [/^Match each expert with their position\.?(.*)$/su, "Associez chaque spécialiste à sa position.$1"],
  [/^Match each expert with their affiliation\.?(.*)$/su, "Associez chaque spécialiste à son institution.$1"],
  [/^Match each term with its definition(.*)\.$/su, "Associez chaque terme à sa définition$1."],
  [/^Match each (.+?) with its (.+?)( \(part \d+\))?\.$/su, "Associez chaque « $1 » à sa valeur « $2 »$3."],
  [/^Which expert argues: (.+)\?$/su, "Quel spécialiste soutient : $1 ?"],
  [/^What is (.+)’s position\?$/su, "Quelle est la position de $1 ?"],
  [/^What is (.+)’s affiliation\?$/su, "À quelle institution appartient $1 ?"],
  [/^Which affiliation does the article give for (.+)\?$/su, "Quelle institution l’article indique-t-il pour $1 ?"],
  [/^True or false: (.+?) argues: (.+)$/su, "Vrai ou faux ? $1 soutient : $2"],
  [/^True or false: (.+?) is defined as: (.+)$/su, "Vrai ou faux ? $1 se définit ainsi : $2"],
  [/^True or false: /su, "Vrai ou faux ? "],
  [/^Fill in the blank: /su, "Complétez le blanc : "],
  [/^Fill in the date: /su, "Complétez la date : "],
  [/^Which completes the statement\? /su, "Qu’est-ce qui complète la phrase ? "],
  [/^When\? /su, "Quand ? "],
  [/^Put these events in chronological order, earliest first(?: \(part (\d+)\))?\.$/su, "Classez ces événements du plus ancien au plus récent (partie $1)."],
  [/^Which term is defined here\? /su, "Quel terme est défini ici ? "],
  [/^Which term matches this definition: (.+)\?$/su, "Quel terme correspond à cette définition : $1 ?"],
  [/^Define: /su, "Définissez : "],
  [/^Name a point listed under (.+)\.$/su, "Citez un point de la liste $1."],
  [/^Name a key point from the article\.$/su, "Citez un point clé de l’article."],
  [/^The article says: /su, "L’article dit : "],
  [/^The article lists: /su, "L’article énumère : "],
  [/^The article defines (.+?) as: /su, "L’article définit $1 ainsi : "],
  [/^The article introduces (.+?) as being from (.+)\.$/su, "L’article présente $1 comme membre de $2."],
  [/^False: the article says (.+?), not (.+?)\. /su, "Faux : l’article dit $1, et non $2. "],
  [/^False: that is another expert’s view\. /su, "Faux : c’est la position d’un autre spécialiste. "],
  [/^False: that is the definition of another term\. /su, "Faux : c’est la définition d’un autre terme. "],
  [/^False: (.+?) belongs to another row\. /su, "Faux : $1 correspond à une autre ligne. "],
  [/^False: (.+?) is another column’s entry\. /su, "Faux : $1 correspond à une autre colonne. "],
  [/^In the table under (“.+?”), the (.+?) (“.+?”) has (.+?)(: .+| “.+”)\.$/su, "Dans le tableau de la partie $1, « $2 » $3 a pour « $4 »$5."],
  [/^In the table under (“.+?”), (“.+?”) has (.+?)(: .+| “.+”)\.$/su, "Dans le tableau de la partie $1, $2 a pour « $3 »$4."],
  [/^From the experts’ positions in the article\.$/su, "D’après les positions des spécialistes cités."],
  [/^From the experts named in the article\.$/su, "D’après les spécialistes cités dans l’article."],
  [/^From the definitions in the article\.$/su, "D’après les définitions de l’article."],
  [/^From the table under (“.+?”)\.$/su, "D’après le tableau de la partie $1."],
];

const DE: Frames = [
  [/^True or false: according to the table, (?:the )?(.+?) for (“.+?”) is(:? .+|\s“.+”)\.$/su, "Richtig oder falsch? Laut Tabelle ist „$1“ für $2$3."],
  [/^True or false: according to the table, (?:the )?(.+?) (“.+?”) is(:? .+|\s“.+”)\.$/su, "Richtig oder falsch? Laut Tabelle ist „$1“ für $2$3."],
  [/^According to the table, what is (?:the )?(.+?) for (“.+?”)\?$/su, "Was ist laut Tabelle „$1“ für $2?"],
  [/^According to the table, what is (?:the )?(.+?) (“.+?”)\?$/su, "Was ist laut Tabelle „$1“ für $2?"],
  [/^Which (.+?) has (?:the )?(.+?)(: .+| “.+”)\?$/su, "Welche Zeile „$1“ hat laut Tabelle „$2“$3?"],
  [/^Match each expert with their position\.?(.*)$/su, "Ordnen Sie jeder Fachperson ihre Position zu.$1"],
  [/^Match each expert with their affiliation\.?(.*)$/su, "Ordnen Sie jeder Fachperson ihre Institution zu.$1"],
  [/^Match each term with its definition(.*)\.$/su, "Ordnen Sie jedem Begriff seine Definition zu$1."],
  [/^Match each (.+?) with its (.+?)( \(part \d+\))?\.$/su, "Ordnen Sie jedem Eintrag „$1“ den Wert „$2“ zu$3."],
  [/^Which expert argues: (.+)\?$/su, "Welche Fachperson vertritt: $1?"],
  [/^What is (.+)’s position\?$/su, "Welche Position vertritt $1?"],
  [/^What is (.+)’s affiliation\?$/su, "Zu welcher Institution gehört $1?"],
  [/^Which affiliation does the article give for (.+)\?$/su, "Welche Institution nennt der Artikel für $1?"],
  [/^True or false: (.+?) argues: (.+)$/su, "Richtig oder falsch? $1 vertritt: $2"],
  [/^True or false: (.+?) is defined as: (.+)$/su, "Richtig oder falsch? $1 bedeutet: $2"],
  [/^True or false: /su, "Richtig oder falsch? "],
  [/^Fill in the blank: /su, "Ergänzen Sie die Lücke: "],
  [/^Fill in the date: /su, "Ergänzen Sie das Datum: "],
  [/^Which completes the statement\? /su, "Was ergänzt den Satz? "],
  [/^When\? /su, "Wann? "],
  [/^Put these events in chronological order, earliest first(?: \(part (\d+)\))?\.$/su, "Bringen Sie diese Ereignisse in zeitliche Reihenfolge, das früheste zuerst (Teil $1)."],
  [/^Which term is defined here\? /su, "Welcher Begriff wird hier definiert? "],
  [/^Which term matches this definition: (.+)\?$/su, "Welcher Begriff passt zu dieser Definition: $1?"],
  [/^Define: /su, "Definieren Sie: "],
  [/^Name a point listed under (.+)\.$/su, "Nennen Sie einen Punkt aus der Liste $1."],
  [/^Name a key point from the article\.$/su, "Nennen Sie einen Kernpunkt des Artikels."],
  [/^The article says: /su, "Im Artikel steht: "],
  [/^The article lists: /su, "Der Artikel nennt: "],
  [/^The article defines (.+?) as: /su, "Der Artikel definiert $1 so: "],
  [/^The article introduces (.+?) as being from (.+)\.$/su, "Der Artikel stellt $1 als Mitglied von $2 vor."],
  [/^False: the article says (.+?), not (.+?)\. /su, "Falsch: Im Artikel steht $1, nicht $2. "],
  [/^False: that is another expert’s view\. /su, "Falsch: Das ist die Position einer anderen Fachperson. "],
  [/^False: that is the definition of another term\. /su, "Falsch: Das ist die Definition eines anderen Begriffs. "],
  [/^False: (.+?) belongs to another row\. /su, "Falsch: $1 gehört zu einer anderen Zeile. "],
  [/^False: (.+?) is another column’s entry\. /su, "Falsch: $1 gehört zu einer anderen Spalte. "],
  [/^In the table under (“.+?”), the (.+?) (“.+?”) has (.+?)(: .+| “.+”)\.$/su, "In der Tabelle im Abschnitt $1 hat „$2“ $3 den Wert „$4“$5."],
  [/^In the table under (“.+?”), (“.+?”) has (.+?)(: .+| “.+”)\.$/su, "In der Tabelle im Abschnitt $1 hat $2 den Wert „$3“$4."],
  [/^From the experts’ positions in the article\.$/su, "Nach den Positionen der Fachleute im Artikel."],
  [/^From the experts named in the article\.$/su, "Nach den im Artikel genannten Fachleuten."],
  [/^From the definitions in the article\.$/su, "Nach den Definitionen im Artikel."],
  [/^From the table under (“.+?”)\.$/su, "Nach der Tabelle im Abschnitt $1."],
];

const FRAMES: Partial<Record<ArticleLanguage, Frames>> = { es: ES, fr: FR, de: DE };

function rewrite(text: string, frames: Frames): string {
  for (const [pattern, replacement] of frames) {
    if (!pattern.test(text)) continue;
    // " (parte )": the frame had no part number to fill in.
    let out = text.replace(pattern, replacement).replace(/ \((?:parte|partie|Teil) \)/u, "");
    // "False: … The article says: …" carries a second frame after the first.
    const at = /^(?:Falso|Faux|Falsch):/u.test(out) ? out.search(/(?<=\. )(?:The article|In the table under)/u) : -1;
    if (at > 0) out = `${out.slice(0, at)}${rewrite(out.slice(at), frames)}`;
    return out;
  }
  return text;
}

/** The set with its scaffolding in the article's language; English and unsupported languages stay as they are. */
export function localizeScaffolding(set: StudySetContent, language: ArticleLanguage): StudySetContent {
  const frames = FRAMES[language];
  if (!frames) return set;
  const card = (c: Flashcard): Flashcard => ({ ...c, front: rewrite(c.front, frames), explanation: rewrite(c.explanation, frames) });
  const question = (q: Question): Question => ({ ...q, prompt: rewrite(q.prompt, frames), explanation: rewrite(q.explanation, frames) });
  return { ...set, flashcards: set.flashcards.map(card), questions: set.questions.map(question) };
}
