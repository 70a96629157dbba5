import { isElement } from "./dom.ts";

/** Elements whose boundaries are line breaks when read; div is not one because X wraps inline mentions in divs. */
const BLOCK_TAGS = new Set(["p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "table"]);
const SKIPPED_TAGS = new Set(["script", "style", "template", "noscript"]);
/** Whitespace except newlines and U+FEFF, which obfuscated bait hides inside words and the engine must see. */
const RUN_OF_SPACES = /[^\S\n\uFEFF]+/g;
/**
 * A wider gap inside a line is kept as two spaces: it is where a word ends in spaced-out bait ("f u l l  l e a k"),
 * and the normaliser reads it so. Any longer run of indentation still reads the same.
 */
const gap = (run: string): string => (run.length > 1 ? "  " : " ");

/**
 * The text a reader sees in a subtree: text nodes, `img[alt]` (emoji images), line breaks at `br` and block
 * elements. `rewrite` replaces an element's reading (e.g. X's t.co anchor → its real URL) when it returns a string.
 */
export function readText(root: Element, rewrite?: (el: Element) => string | null): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? "");
        continue;
      }
      if (!isElement(child) || SKIPPED_TAGS.has(child.localName)) continue;
      const replaced = rewrite?.(child);
      if (typeof replaced === "string") parts.push(replaced);
      else if (child.localName === "img") parts.push(child.getAttribute("alt") ?? "");
      else if (child.localName === "br") parts.push("\n");
      else {
        const block = BLOCK_TAGS.has(child.localName);
        if (block) parts.push("\n");
        walk(child);
        if (block) parts.push("\n");
      }
    }
  };
  walk(root);
  return tidy(parts.join(""));
}

/** Collapses markup indentation and blank lines so the same post reads the same however it was rendered. */
export function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(RUN_OF_SPACES, gap).trim())
    .filter((line) => line !== "")
    .join("\n");
}
