import { describe, expect, it } from "vitest";
import { termShape } from "../../../bench/contenders/contender.ts";
import { CONTENDERS } from "../../../bench/contenders/index.ts";
import { termRegExp } from "../../../bench/contenders/naive-regexp.ts";
import { obscenityPattern } from "../../../bench/contenders/obscenity.ts";

describe("termShape", () => {
  it("turns * at either end into a missing boundary", () => {
    expect(termShape("leak*")).toEqual({ body: "leak", boundaryStart: true, boundaryEnd: false });
    expect(termShape("*leak")).toEqual({ body: "leak", boundaryStart: false, boundaryEnd: true });
    expect(termShape("full video")).toEqual({ body: "full video", boundaryStart: true, boundaryEnd: true });
  });
});

describe("termRegExp", () => {
  it("matches the term literally, case-insensitively, at word boundaries", () => {
    expect(termRegExp("leak").test("LEAK!")).toBe(true);
    expect(termRegExp("leak").test("bleak")).toBe(false);
    expect(termRegExp("leak*").test("leaked")).toBe(true);
    expect(termRegExp("a.b (c)?").test("x a.b (c)? y")).toBe(true);
    expect(termRegExp("a.b").test("axb")).toBe(false);
  });
});

describe("obscenityPattern", () => {
  it("escapes obscenity's meta characters and adds boundaries only around ASCII word ends", () => {
    expect(obscenityPattern("leak")).toBe("|leak|");
    expect(obscenityPattern("leak*")).toBe("|leak");
    expect(obscenityPattern("what? [x]")).toBe("|what\\? \\[x\\]");
    expect(obscenityPattern("नंगी")).toBe("नंगी");
  });

  it("writes the term the way obscenity's transformers read text", () => {
    expect(obscenityPattern("mms")).toBe("|ms|");
    expect(obscenityPattern("4k")).toBe("|ak|");
  });
});

describe("contenders", () => {
  const terms = ["leaked video", "onlyfans leak*", "what? [x]"];
  for (const contender of CONTENDERS) {
    it(`${contender.id} finds the terms and nothing in clean text`, () => {
      const detector = contender.compile(terms);
      expect(detector.detect("her LEAKED VIDEO is out")).toBe(true);
      expect(detector.detect("onlyfans leaks here")).toBe(true);
      expect(detector.detect("so what? [x] marks the spot")).toBe(true);
      expect(detector.detect("a lovely video of my cat")).toBe(false);
    });
  }

  it("only our engine, with or without its learned layer, sees through zero-width splits", () => {
    const text = "her l\u200be\u200ba\u200bked video";
    expect(CONTENDERS.map((c) => [c.id, c.compile(["leaked video"]).detect(text)])).toEqual([
      ["second-look", true],
      ["second-look-rules", true],
      ["naive-regexp", false],
      ["obscenity", false],
    ]);
  });
});
