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

export type HtmlArticle = { markdown: string; title: string; usedWholePage: boolean };

/** The article body of a page as reader text, headed by its headline. */
export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html.includes("<html") || html.includes("<body") ? html : `<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: Document };
  removeFurniture(document);
  const title = headline(document);
  const fallback = document.body ? htmlToMarkdownBlocks(document.body) : [];
  let blocks = fallback;
  let usedWholePage = true;
  try {
    const parsed = new Readability(document, { charThreshold: 300, keepClasses: false }).parse();
    if (parsed?.content) {
      const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`) as unknown as { document: Document };
      const found = htmlToMarkdownBlocks(content.body);
      // Readability gives up on short pastes (or keeps only a fragment of them): the cleaned page is then the better reading.
      if (found.join(" ").length >= fallback.join(" ").length * 0.4) {
        blocks = found;
        usedWholePage = false;
      }
    }
  } catch {
    // Readability can throw on odd markup; the cleaned page is still readable.
  }
  blocks = dropFurniture(blocks);
  const first = blocks[0] ?? "";
  if (title && !/^# /.test(first)) {
    // Readability removes the <h1> it took the title from; put it back as the article's first line.
    const duplicate = /^#{1,6} /.test(first) && plain(first).toLowerCase() === title.toLowerCase();
    blocks = [`# ${title}`, ...(duplicate ? blocks.slice(1) : blocks)];
  }
  return { markdown: blocks.join("\n\n"), title, usedWholePage };
}
