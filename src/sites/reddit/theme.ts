import { prefersDark } from "../common/dom.ts";

/** Shreddit marks the chosen theme as theme-dark / theme-light on <html>; with neither it follows the system. */
export function redditTheme(doc: Document): "light" | "dark" {
  const classes = doc.documentElement.classList;
  if (classes.contains("theme-dark")) return "dark";
  if (classes.contains("theme-light")) return "light";
  return prefersDark(doc) ? "dark" : "light";
}
