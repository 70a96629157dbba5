import { prefersDark } from "../common/dom.ts";

const RGB = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/;

/**
 * X paints its theme as an inline background colour on body (white, black, near-black, the old dim blue);
 * reading brightness rather than the three known values keeps a restored or future dark variant dark.
 */
export function xTheme(doc: Document): "light" | "dark" {
  const match = RGB.exec(doc.body?.style.backgroundColor ?? "");
  if (match === null) return prefersDark(doc) ? "dark" : "light";
  const [r, g, b] = match.slice(1, 4).map(Number) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? "dark" : "light";
}
