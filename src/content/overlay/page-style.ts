import pageCss from "./page.css?raw";

const STYLE_MARKER = "data-second-look-style";

/**
 * The blur rules live in the tree that holds the post: the document, or the site's shadow root when the post is
 * rendered inside one (document styles do not reach there). One style element per tree.
 */
export function ensurePageStyle(node: Node): void {
  const root = node.getRootNode();
  const target = root instanceof ShadowRoot ? root : (node.ownerDocument?.head ?? node.ownerDocument?.documentElement);
  // Children, not `:scope >`: a shadow root is not an element and `:scope` matches nothing there.
  if (!target || [...target.children].some((child) => child.hasAttribute(STYLE_MARKER))) return;
  const style = document.createElement("style");
  style.setAttribute(STYLE_MARKER, "");
  style.textContent = pageCss;
  target.append(style);
}
