import { describe, expect, it, vi } from "vitest";
import { createEvaluator } from "../../../src/background/evaluate/evaluator.ts";
import { FLAG, OK, fakeEvaluate, snapshot } from "./verdicts.ts";

describe("createEvaluator", () => {
  it("returns a verdict for every post, in order", () => {
    const evaluator = createEvaluator(fakeEvaluate);
    const verdicts = evaluator.evaluateBatch([snapshot("1", "the leak is out"), snapshot("2", "nice weather")]);
    expect(verdicts).toEqual([
      { id: "1", verdict: FLAG },
      { id: "2", verdict: OK },
    ]);
  });

  it("evaluates the same content once, whatever the post ids", () => {
    const evaluate = vi.fn(fakeEvaluate);
    const evaluator = createEvaluator(evaluate);
    evaluator.evaluateBatch([snapshot("1", "the leak is out"), snapshot("2", "the leak is out")]);
    const again = evaluator.evaluateBatch([snapshot("3", "the leak is out")]);
    expect(evaluate).toHaveBeenCalledTimes(1);
    expect(again).toEqual([{ id: "3", verdict: FLAG }]);
  });

  it("evaluates again when hashtags or links differ", () => {
    const evaluate = vi.fn(fakeEvaluate);
    const evaluator = createEvaluator(evaluate);
    evaluator.evaluateBatch([
      snapshot("1", "same text"),
      snapshot("2", "same text", { hashtags: ["leak"] }),
      snapshot("3", "same text", { links: ["t.me/x"] }),
    ]);
    expect(evaluate).toHaveBeenCalledTimes(3);
  });

  it("forgets the least recently used content beyond its capacity", () => {
    const evaluate = vi.fn(fakeEvaluate);
    const evaluator = createEvaluator(evaluate, 2);
    evaluator.evaluateBatch([snapshot("1", "a"), snapshot("2", "b"), snapshot("3", "c")]);
    evaluator.evaluateBatch([snapshot("4", "c"), snapshot("5", "a")]);
    expect(evaluate.mock.calls.map(([post]) => post.text)).toEqual(["a", "b", "c", "a"]);
  });
});
