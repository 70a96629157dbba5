import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EVALUATE_MESSAGE, type EvaluateRequest } from "../../../src/background/evaluate/message.ts";
import { ContextGoneError, createTransport } from "../../../src/content/scan/transport.ts";
import { OK, snapshot } from "../../background/evaluate/verdicts.ts";

const request: EvaluateRequest = { type: EVALUATE_MESSAGE, page: "p", posts: [snapshot("1", "hi")] };
const answer = { verdicts: [{ id: "1", verdict: OK }] };
const options = { timeoutMs: 100, retryDelaysMs: [10, 20] };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("createTransport", () => {
  it("returns the worker's verdicts", async () => {
    const send = vi.fn(async () => answer);
    await expect(createTransport(send, options)(request)).resolves.toEqual(answer.verdicts);
    expect(send).toHaveBeenCalledWith(request);
  });

  it("retries an attempt that times out, then one that answers nonsense", async () => {
    const send = vi
      .fn<(m: EvaluateRequest) => Promise<unknown>>()
      .mockImplementationOnce(() => new Promise(() => {}))
      .mockResolvedValueOnce(undefined) // what sendMessage gives when no listener answered
      .mockResolvedValueOnce(answer);
    const result = createTransport(send, options)(request);
    await vi.advanceTimersByTimeAsync(100 + 10 + 20);
    await expect(result).resolves.toEqual(answer.verdicts);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it("rejects after the last retry", async () => {
    const send = vi.fn(() => Promise.reject(new Error("Could not establish connection. Receiving end does not exist.")));
    const result = createTransport(send, options)(request);
    const settled = expect(result).rejects.toThrow("Receiving end does not exist.");
    await vi.advanceTimersByTimeAsync(30);
    await settled;
    expect(send).toHaveBeenCalledTimes(3);
  });

  it("gives up at once, without retries, when the extension was reloaded under the page", async () => {
    const send = vi.fn(() => Promise.reject(new Error("Extension context invalidated.")));
    await expect(createTransport(send, options)(request)).rejects.toBeInstanceOf(ContextGoneError);
    expect(send).toHaveBeenCalledTimes(1);

    const answering = vi.fn(async () => answer);
    await expect(createTransport(answering, options, () => false)(request)).rejects.toBeInstanceOf(ContextGoneError);
    expect(answering).not.toHaveBeenCalled();
  });
});
