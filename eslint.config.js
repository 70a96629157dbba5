import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-firefox/", "dist-cli/", "node_modules/", "artifacts/", ".stryker-tmp/", "reports/", "src/rules/normalise/data/*.generated.*"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build UI with DOM APIs: page text must never reach innerHTML." },
        { property: "outerHTML", message: "Build UI with DOM APIs: page text must never reach outerHTML." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Build UI with DOM APIs." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Floors: the pages (src/ui/*) and the content scripts (src/content/) each stand on the UI kit (src/ui/kit/) and
  // never on each other, so a change to one side cannot quietly break the other. The one crossing is a content
  // feature's message schema (src/content/<feature>/message.ts): the popup must speak the same message as the
  // content script that answers it, and the schema stays next to that answer.
  {
    files: ["src/content/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)ui/(?!kit/)", message: "Content scripts use the UI kit (src/ui/kit/), never the pages." }] }],
    },
  },
  {
    files: ["src/ui/**"],
    ignores: ["src/ui/kit/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)content/(?![a-z-]+/message\\.ts$)", message: "Pages use the UI kit (src/ui/kit/); of src/content/ only a feature's message.ts." }] },
      ],
    },
  },
  {
    files: ["src/ui/kit/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)content/|^\\.\\./(?!\\.\\./)", message: "The UI kit is the floor: it imports neither the pages nor the content scripts." }] },
      ],
    },
  },
  {
    // The crossing above stays a leaf: a message schema brings nothing of its content script along.
    files: ["src/content/*/message.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^\\.", message: "A message schema imports only its schema library." }] }],
    },
  },
);
