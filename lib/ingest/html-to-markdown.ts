// Turns an HTML fragment (a page's article body, or Word's HTML from mammoth) into the text shapes the
// article reader knows: `#` headings, one line per paragraph, `-`/`1.` list items, pipe tables, `>` quotes.
// Written for the reader rather than with a general HTML-to-Markdown converter, because the reader quotes
// its input verbatim: no link targets, image syntax or backslash escapes may reach the text.

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "form", "img", "picture", "video", "audio", "map", "figcaption", "pre", "code", "math", "head", "title", "meta", "link"]);
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "blockquote", "dl", "dt", "dd", "figure", "hr", "address", "details", "summary", "center", "body", "html", "tr", "td", "th", "thead", "tbody", "tfoot", "caption"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Spaces of every kind become one space; soft hyphens and zero-width characters go. */
export function cleanInline(text: string): string {
  return text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "").replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " ");
}

/** Children by sibling links: a DOM such as linkedom builds `childNodes` afresh by walking the whole subtree. */
function* childrenOf(node: Node): Generator<ChildNode> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : "";
}

/** A footnote or citation marker ("1", "[2]", "a") that would glue itself to the word before it. */
function isReferenceMarker(element: Element): boolean {
  return tagOf(element) === "sup" && /^\s*\[?\s*(?:\d{1,3}|[a-z]|\*|†)\s*\]?\s*$/.test(element.textContent ?? "");
}

/** The text of an inline run, with bold kept as `**…**` (the reader uses it to spot expert names). */
function inlineText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? "";
  if (node.nodeType !== ELEMENT_NODE) return "";
  const element = node as Element;
  const tag = tagOf(element);
  if (SKIPPED.has(tag) || isReferenceMarker(element)) return "";
  if (tag === "br") return " ";
  let text = "";
  for (const child of childrenOf(element)) {
    const part = inlineText(child);
    // Block children inside an inline context (a <p> in a <td>) are separated by a space.
    text += BLOCKS.has(tagOf(child)) ? ` ${part} ` : part;
  }
  if (tag === "strong" || tag === "b") {
    const inner = cleanInline(text).trim();
    if (!inner || /\*/.test(inner)) return text;
    const lead = /^\s/.test(text) ? " " : "";
    const trail = /\s$/.test(text) ? " " : "";
    return `${lead}**${inner}**${trail}`;
  }
  return text;
}

function oneLine(text: string): string {
  return cleanInline(text).trim().replace(/\*\*\s*\*\*/g, "");
}

type Emit = (block: string) => void;

class MarkdownWriter {
  readonly blocks: string[] = [];
  private inline = "";

  emit: Emit = (block) => {
    this.flushInline();
    if (block.trim()) this.blocks.push(block);
  };

  addInline(text: string): void {
    this.inline += text;
  }

  flushInline(): void {
    const text = oneLine(this.inline);
    this.inline = "";
    if (text) this.blocks.push(text);
  }
}

function listItems(list: Element, ordered: boolean, out: string[]): void {
  let number = Number(list.getAttribute("start") ?? 1) || 1;
  for (const child of Array.from(list.children)) {
    if (tagOf(child) !== "li") {
      if (tagOf(child) === "ul" || tagOf(child) === "ol") listItems(child, tagOf(child) === "ol", out);
      continue;
    }
    let own = "";
    const nested: Element[] = [];
    for (const part of childrenOf(child)) {
      const tag = tagOf(part);
      if (tag === "ul" || tag === "ol") nested.push(part as Element);
      else own += BLOCKS.has(tag) ? ` ${inlineText(part)} ` : inlineText(part);
    }
    const text = oneLine(own);
    if (text) out.push(ordered ? `${number++}. ${text}` : `- ${text}`);
    // Nested lists are flattened: the reader has one level of list.
    for (const inner of nested) listItems(inner, tagOf(inner) === "ol", out);
  }
}

/** The rows of a table (its own, not a nested table's), each a list of cell elements. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      const tag = tagOf(child);
      if (tag === "tr") rows.push(Array.from(child.children).filter((cell) => ["td", "th"].includes(tagOf(cell))));
      else if (["thead", "tbody", "tfoot"].includes(tag)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellText(cell: Element): string {
  return oneLine(inlineText(cell)).replace(/\|/g, "\\|");
}

/**
 * A data table becomes a pipe table (first row as header; a colspan repeats nothing, it leaves empty
 * cells). A layout table, one column or a table of tables, is read as ordinary blocks instead.
 */
function writeTable(table: Element, writer: MarkdownWriter): void {
  const rows = tableRows(table);
  const layout = rows.length < 2 || table.querySelector("table") !== null || Math.max(0, ...rows.map((r) => r.length)) < 2;
  if (layout) {
    for (const row of rows) for (const cell of row) writeBlocks(cell, writer);
    return;
  }
  const lines = rows
    .map((row) => row.flatMap((cell) => [cellText(cell), ...Array<string>(Math.max(0, (Number(cell.getAttribute("colspan")) || 1) - 1)).fill("")]))
    .filter((cells) => cells.some((c) => c));
  const width = Math.max(...lines.map((cells) => cells.length));
  const pipe = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill("")].join(" | ")} |`;
  const [header, ...body] = lines;
  if (!header || !body.length) return;
  writer.emit([pipe(header), pipe(Array<string>(width).fill("---")), ...body.map(pipe)].join("\n"));
}

function writeBlocks(parent: Node, writer: MarkdownWriter): void {
  for (const node of childrenOf(parent)) {
    if (node.nodeType === TEXT_NODE) {
      writer.addInline(node.textContent ?? "");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = tagOf(element);
    if (SKIPPED.has(tag) || element.getAttribute("hidden") !== null || element.getAttribute("aria-hidden") === "true") continue;
    if (!BLOCKS.has(tag)) {
      writer.addInline(inlineText(element));
      continue;
    }
    writer.flushInline();
    const heading = tag.match(/^h([1-6])$/);
    if (heading) {
      const text = oneLine(inlineText(element)).replace(/^\*\*(.*)\*\*$/, "$1");
      if (text) writer.emit(`${"#".repeat(Number(heading[1]))} ${text}`);
    } else if (tag === "ul" || tag === "ol") {
      const items: string[] = [];
      listItems(element, tag === "ol", items);
      writer.emit(items.join("\n"));
    } else if (tag === "table") {
      writeTable(element, writer);
    } else if (tag === "blockquote") {
      const inner = new MarkdownWriter();
      writeBlocks(element, inner);
      inner.flushInline();
      for (const block of inner.blocks) writer.emit(block.split("\n").map((line) => `> ${line}`).join("\n"));
    } else if (tag === "dl") {
      writeDefinitions(element, writer);
    } else if (tag !== "hr") {
      writeBlocks(element, writer);
      writer.flushInline();
    }
  }
}

/** `<dt>Term</dt><dd>Definition</dd>` → "- **Term**: Definition", the glossary line the reader knows. */
function writeDefinitions(list: Element, writer: MarkdownWriter): void {
  const items: string[] = [];
  let term = "";
  for (const child of Array.from(list.querySelectorAll("dt, dd"))) {
    const text = oneLine(inlineText(child));
    if (tagOf(child) === "dt") term = text.replace(/^\*\*(.*)\*\*$/, "$1");
    else if (text) {
      items.push(term ? `- **${term}**: ${text}` : `- ${text}`);
      term = "";
    }
  }
  writer.emit(items.join("\n"));
}

/** The blocks of `root`, in document order, as Markdown blocks (join them with blank lines). */
export function htmlToMarkdownBlocks(root: Node): string[] {
  const writer = new MarkdownWriter();
  writeBlocks(root, writer);
  writer.flushInline();
  return writer.blocks;
}
