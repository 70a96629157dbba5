import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTPUT, buildConfusables, serialise } from "../../../scripts/generate-confusables.ts";

describe("confusables.generated.json", () => {
  it("is exactly what the generator builds from the installed data (run scripts/generate-confusables.ts)", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(serialise(buildConfusables()));
  });

  it("maps only single non-ASCII letters to ASCII letters", () => {
    for (const [letters, sources] of Object.entries(buildConfusables().letters)) {
      expect(letters).toMatch(/^[a-z]+$/);
      for (const source of sources) expect(source).toMatch(/^[^\0-\x7f\p{N}]$/u);
    }
  });
});
