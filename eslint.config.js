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
);
