// A saved web page or pasted HTML → the article body as reader text. Readability (Firefox's Reader View)
// finds the body; before it runs, the page furniture it sometimes keeps (cookie banners, share bars,
// "Most read" lists, ads) is removed, and afterwards lines that are still page furniture are dropped.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanInline, htmlToMarkdownBlocks } from "./html-to-markdown";

const FURNITURE_SELECTOR = [
  "script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav", "aside", "footer", "dialog",
  "[role=navigation]", "[role=contentinfo]", "[role=complementary]", "[role=dialog]", "[role=alertdialog]", "[role=search]",
  "[aria-modal=true]", "[hidden]", "[aria-hidden=true]",
].join(",");

/** Class names and ids of page furniture. Matched on word parts, so "article-body" is safe and "share-bar" is not. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|share|sharing|social|advert|advertisement|ads?|ad-slot|promo|sponsored?|related|most-?read|most-?popular|popular|trending|recommended|recirc|outbrain|taboola|comments?|byline|author-bio|breadcrumbs?|paywall|banner|masthead|site-header|site-footer|skip-link|toolbar|tags?)(?:$|[\s_-])/i;

/** Headings of blocks that list other pages rather than say something ("Related", "Most read"). */
const FURNITURE_HEADING =
  /^(?:related(?: articles| stories| content| reading| links)?|more (?:from|on|stories|like this)\b.*|most (?:read|popular|viewed|shared)|popular(?: now)?|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also like|read (?:more|next)|further reading|comments?|share this(?: article| story| page)?|advertisement|sponsored(?: content)?|sign up.*|newsletter.*|tags|topics)$/i;

/** Lines that are page furniture wherever they appear. */
const FURNITURE_LINE =
  /^(?:advertisement|sponsored(?: content)?|share(?: this)?(?: article| story| page| on \w+)?|share on (?:facebook|x|twitter|linkedin|whatsapp|email)|(?:facebook|twitter|linkedin|whatsapp|email|copy link)(?:\s*[|·]\s*\w+)*|read more|read next|continue reading|skip to (?:main )?content|back to top|sign up(?: for| to)? .*newsletter.*|subscribe(?: now| today)?(?: to .*)?|follow us(?: on .*)?|(?:we use cookies|this (?:site|website) uses cookies).*|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences)|©.*|copyright\b.*|all rights reserved.*|(?:image|photo|photograph|picture)(?: credit)?:.*|listen to this article.*|\d+ min(?:ute)?s? read)$/i;

/** "By Jane Doe", "Published 3 May 2025", "Updated 2 hours ago": the byline and dateline, not the article. */
const BYLINE = /^(?:by|written by|words by|reporting by|posted by|published|updated|last updated|posted)\b/i;

function removeFurniture(document: Document): void {
  const body = document.body;
  const bodyLength = (body?.textContent ?? "").length || 1;
  for (const element of Array.from(document.querySelectorAll(FURNITURE_SELECTOR))) element.remove();
  for (const element of Array.from(document.querySelectorAll("header"))) {
    if (!element.querySelector("h1, h2")) element.remove();
  }
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!FURNITURE_NAME.test(names)) continue;
    // A wrapper named "share-enabled" around the whole article is not furniture: keep what holds most of the page.
    if ((element.textContent ?? "").length > bodyLength * 0.4) continue;
    element.remove();
  }
}

/** The page's headline: the article's own <h1>, else the first <h1>, else og:title, else <title>. */
function headline(document: Document): string {
  const pick = (selector: string) => cleanInline(document.querySelector(selector)?.textContent ?? "").trim();
  const meta = cleanInline(document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? "").trim();
  return pick("article h1") || pick("main h1") || pick("h1") || meta || pick("title").replace(/\s+[|–—-]\s+[^|–—-]+$/u, "");
}

function plain(block: string): string {
  return block.replace(/^(?:#{1,6}|[-*]|\d+\.|>)\s+/, "").replace(/\*\*/g, "").trim();
}

/** Drops furniture lines, bylines, and whole "Related"/"Most read" sections (heading up to the next heading). */
export function dropFurniture(blocks: string[]): string[] {
  const kept: string[] = [];
  let skipping = 0;
  for (const block of blocks) {
    const level = block.match(/^(#{1,6})\s/)?.[1].length ?? 0;
    if (level) {
      if (skipping && level > skipping) continue;
      skipping = FURNITURE_HEADING.test(plain(block)) ? level : 0;
      if (skipping) continue;
    } else if (skipping) continue;
    const lines = block.split("\n").filter((line) => {
      const text = plain(line);
      if (FURNITURE_LINE.test(text)) return false;
      return !(BYLINE.test(text) && text.split(/\s+/).length <= 14 && !/[.!?]$/.test(text));
    });
    if (lines.length) kept.push(lines.join("\n"));
  }
  return kept;
}

/**
 * The page's one article container (`<article>`, `[itemprop=articleBody]`, `<main>`), when it holds most
 * of the page's text: then Readability's scoring, slow on long pages, is not needed to find the body.
 */
function articleContainer(document: Document): Element | null {
  const bodyLength = (document.body?.textContent ?? "").trim().length;
  for (const selector of ['[itemprop="articleBody"]', "article", "main", '[role="main"]']) {
    const found = document.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const length = (found[0].textContent ?? "").trim().length;
    if (length >= 500 && length >= bodyLength * 0.6) return found[0];
  }
  return null;
}

function readabilityBlocks(document: Document): string[] | null {
  try {
    const parsed = new Readability(document, { charThreshold: 300, keepClasses: false }).parse();
    if (!parsed?.content) return null;
    const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`) as unknown as { document: Document };
    return htmlToMarkdownBlocks(content.body);
  } catch {
    // Readability can throw on odd markup; the cleaned page is still readable.
    return null;
  }
}

/**
 * The headline as the first line: a kicker or section label above it ("Travel") goes, and when the
 * extraction dropped the <h1> (Readability removes the one it took the title from) it is put back.
 */
function withHeadline(blocks: string[], title: string): string[] {
  if (!title) return blocks;
  const at = blocks.findIndex((block) => /^#{1,6} /.test(block) && plain(block).toLowerCase() === title.toLowerCase());
  const before = at >= 0 ? blocks.slice(0, at) : [];
  const labels = before.every((block) => !block.includes("\n") && plain(block).split(/\s+/).length <= 12);
  if (at >= 0 && labels) return [`# ${title}`, ...blocks.slice(at + 1)];
  return [`# ${title}`, ...blocks.filter((_, index) => index !== at)];
}

export type HtmlArticle = { markdown: string; title: string; usedWholePage: boolean };

/** The article body of a page as reader text, headed by its headline. */
export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html.includes("<html") || html.includes("<body") ? html : `<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: Document };
  removeFurniture(document);
  const title = headline(document);
  const container = articleContainer(document);
  let blocks: string[];
  let usedWholePage = false;
  if (container) blocks = htmlToMarkdownBlocks(container);
  else {
    const whole = document.body ? htmlToMarkdownBlocks(document.body) : [];
    const found = readabilityBlocks(document);
    // Readability gives up on short pastes (or keeps only a fragment of them): the cleaned page is then the better reading.
    usedWholePage = !found || found.join(" ").length < whole.join(" ").length * 0.4;
    blocks = usedWholePage ? whole : (found ?? whole);
  }
  blocks = withHeadline(dropFurniture(blocks), title);
  return { markdown: blocks.join("\n\n"), title, usedWholePage };
}
