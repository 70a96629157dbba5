import { describe, expect, it, vi } from "vitest";
import { createEvaluator } from "../../../src/background/evaluate/evaluator.ts";
import { createEvaluateHandler } from "../../../src/background/evaluate/handler.ts";
import { EVALUATE_MESSAGE, MAX_BATCH } from "../../../src/background/evaluate/message.ts";
import type { FlagBadge } from "../../../src/background/badge/flag-badge.ts";
import { FLAG, OK, fakeEvaluate, snapshot } from "./verdicts.ts";

function setup(evaluate = vi.fn(fakeEvaluate)) {
  const badge = { record: vi.fn(() => Promise.resolve(0)), trouble: vi.fn(() => Promise.resolve()), forget: vi.fn(() => Promise.resolve()) } satisfies FlagBadge;
  const countFlagged = vi.fn(async () => undefined);
  const handle = createEvaluateHandler({ evaluator: async () => createEvaluator(evaluate), badge, countFlagged });
  return { handle, badge, evaluate, countFlagged };
}

const request = (posts: unknown[]) => ({ type: EVALUATE_MESSAGE, page: "page-1", posts });
const tab = { tab: { id: 7 } };

describe("evaluate message handler", () => {
  it("answers a valid request with a verdict per post", async () => {
    const { handle } = setup();
    await expect(handle(request([snapshot("1", "leak here"), snapshot("2", "hello")]), tab)).resolves.toEqual({
      verdicts: [
        { id: "1", verdict: FLAG },
        { id: "2", verdict: OK },
      ],
    });
  });

  it("judges a page that knows the policy under the policy too, and others by whatever the worker has read", async () => {
    const evaluator = vi.fn(async () => createEvaluator(fakeEvaluate));
    const badge = { record: vi.fn(() => Promise.resolve(0)), trouble: vi.fn(() => Promise.resolve()), forget: vi.fn(() => Promise.resolve()) } satisfies FlagBadge;
    const handle = createEvaluateHandler({ evaluator, badge });
    await handle({ ...request([snapshot("1", "hello")]), settled: true }, tab);
    await handle(request([snapshot("2", "hello")]), tab);
    expect(evaluator.mock.calls).toEqual([[{ settled: true }], [{ settled: undefined }]]);
  });

  it("leaves messages of other types to other listeners", () => {
    const { handle, evaluate } = setup();
    expect(handle({ type: "second-look/settings" }, tab)).toBeUndefined();
    expect(handle("second-look/evaluate", tab)).toBeUndefined();
    expect(handle(null, tab)).toBeUndefined();
    expect(evaluate).not.toHaveBeenCalled();
  });

  it.each([
    ["no posts field", { type: EVALUATE_MESSAGE, page: "p" }, /posts/],
    ["no page", { type: EVALUATE_MESSAGE, posts: [snapshot("1", "x")] }, /page/],
    ["an empty batch", request([]), /posts/],
    ["a post without an id", request([{ ...snapshot("1", "x"), id: "" }]), /id/],
    ["a post of an unknown site", request([{ ...snapshot("1", "x"), site: "facebook" }]), /site/],
    ["a post with text that is not a string", request([{ ...snapshot("1", "x"), text: 42 }]), /text/],
    ["too many posts", request(Array.from({ length: MAX_BATCH + 1 }, (_, i) => snapshot(String(i), "x"))), /posts/],
    ["a settled flag that is no boolean", { ...request([snapshot("1", "x")]), settled: "yes" }, /settled/],
  ])("rejects %s with zod's explanation and evaluates nothing", async (_name, message, field) => {
    const { handle, evaluate, badge } = setup();
    const answer = handle(message, tab);
    await expect(answer).rejects.toThrow(/second-look\/evaluate: malformed request/);
    await expect(answer).rejects.toThrow(field);
    expect(evaluate).not.toHaveBeenCalled();
    expect(badge.record).not.toHaveBeenCalled();
  });

  it("rejects with a clear error when the engine throws", async () => {
    const { handle } = setup(
      vi.fn(() => {
        throw new Error("boom");
      }),
    );
    await expect(handle(request([snapshot("1", "x")]), tab)).rejects.toThrow(/evaluation failed: Error: boom/);
  });

  it("puts the tab's trouble on the badge when no engine can be built, and not for a bad message", async () => {
    const badge = { record: vi.fn(async () => 0), trouble: vi.fn(async () => undefined), forget: vi.fn(async () => undefined) } satisfies FlagBadge;
    const handle = createEvaluateHandler({ evaluator: () => Promise.reject(new Error("cannot compile")), badge });
    await expect(handle(request([snapshot("1", "x")]), tab)).rejects.toThrow(/evaluation failed: Error: cannot compile/);
    expect(badge.trouble).toHaveBeenCalledWith(7, "page-1", "x", "engine");
    badge.trouble.mockClear();
    await expect(handle(request([]), tab)).rejects.toThrow(/malformed request/);
    expect(badge.trouble).not.toHaveBeenCalled();
  });

  it("tells the badge which posts of the tab were flagged", async () => {
    const { handle, badge } = setup();
    await handle(request([snapshot("1", "leak"), snapshot("2", "fine"), snapshot("3", "another leak")]), tab);
    expect(badge.record).toHaveBeenCalledWith(7, "page-1", "x", ["1", "3"]);
  });

  it("counts the posts the badge newly counted in the statistics", async () => {
    const { handle, badge, countFlagged } = setup();
    badge.record.mockResolvedValueOnce(2);
    await handle(request([snapshot("1", "leak"), snapshot("3", "another leak")]), tab);
    await vi.waitFor(() => expect(countFlagged).toHaveBeenCalledWith(2));
  });

  it("leaves the badge alone for senders without a tab", async () => {
    const { handle, badge } = setup();
    await handle(request([snapshot("1", "leak")]), {});
    expect(badge.record).not.toHaveBeenCalled();
  });
});
