/** The display name is read with the post: reply bots put the bait there and reply "hi". */
import { describe, expect, it } from "vitest";
import { compileEngine } from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { ONLY_THE_MODEL_FLAGS, shippedModel } from "../../background/model/models.ts";

const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
const reply = (text: string, name: string | null) => engine.evaluate({ text, name, hashtags: [], links: [] });

describe("the author's display name", () => {
  it("flags a reply whose bait is only in the name, in styled letters, and says the words are in the name", () => {
    const v = reply("hi 😘", "𝐎𝐅 𝐥𝐞𝐚𝐤𝐬 🔞 𝐟𝐮𝐥𝐥 𝐯𝐢𝐝𝐞𝐨 𝐢𝐧 𝐛𝐢𝐨");
    expect(v.verdict).toBe("flag");
    expect(v.category).toBe("intimate-leak");
    const fromName = v.reasons.filter((r) => r.where === "name");
    expect(fromName.length).toBeGreaterThan(0);
    // Quoted as the page shows it, so the reader can find it.
    expect(fromName.some((r) => r.match.includes("𝐥𝐞𝐚𝐤𝐬"))).toBe(true);
    expect(reply("hi 😘", null).verdict).toBe("ok");
  });

  it("joins bait split between the name and the reply", () => {
    const v = reply("full video, before it gets deleted", "Leaked tapes 🔞");
    expect(v.verdict).toBe("flag");
    expect(v.reasons.some((r) => r.where === "name")).toBe(true);
    expect(v.reasons.some((r) => r.where === undefined)).toBe(true);
  });

  it("leaves ordinary names alone, including ones with risky words in a benign sense", () => {
    expect(reply("hi", "Ana 🌸").verdict).toBe("ok");
    expect(reply("Call us for a free quote today", "Leak Detection Pros").verdict).toBe("ok");
    expect(reply("new set on my page, link in bio", "Mia 🔞 creator").verdict).toBe("ok");
  });

  it("marks nothing as the name's when the post has none, so text-only reasons keep their shape", () => {
    const v = reply("her nudes leaked, dm me for the full video", null);
    expect(v.verdict).toBe("flag");
    expect(v.reasons.every((r) => !("where" in r))).toBe(true);
  });

  it("is not read by the learned check, trained on posts' own words: any name leaves its verdict and words as they were", async () => {
    const { model } = await shippedModel();
    const judged = compileEngine(defaultPacks(), { sensitivity: "balanced", model });
    const alone = judged.evaluate({ text: ONLY_THE_MODEL_FLAGS });
    expect(alone.verdict).toBe("flag");
    for (const name of ["feed user", "Tom Reads", "𝐌𝐚𝐲𝐚 ✨"]) expect(judged.evaluate({ text: ONLY_THE_MODEL_FLAGS, name })).toEqual(alone);
  });
});
