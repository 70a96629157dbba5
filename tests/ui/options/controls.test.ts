// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { STATUS_CLEAR_MS } from "../../../src/ui/options/controls.ts";
import { byId, click, pickFile, settle, typeInto } from "../page-helpers.ts";
import { openOptions, useOptionsPage } from "./open.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

useOptionsPage();

const PACK = JSON.stringify({
  id: "school",
  name: "School words",
  version: "1.0.0",
  languages: ["en"],
  description: "Words our school sees.",
  rules: [{ id: "school-leak", description: "Names the school's leak channel", category: "intimate-leak", weight: 0.6, terms: ["hallway leaks"] }],
});

describe("file pickers", () => {
  it("are labelled buttons that open the hidden file input and then show the chosen file's name", async () => {
    await openOptions();
    for (const [id, label] of [
      ["opt-import", "Import settings from a file"],
      ["opt-user-pack-file", "Import a rule pack"],
    ] as const) {
      const input = byId<HTMLInputElement>(id);
      const button = byId<HTMLButtonElement>(`${id}-button`);
      expect(input.hidden).toBe(true);
      expect(button.textContent).toBe(label);
      expect(byId(button.getAttribute("aria-describedby") ?? "").textContent).toBe("No file chosen");
      const opened = vi.spyOn(input, "click").mockImplementation(() => undefined);
      button.click();
      expect(opened).toHaveBeenCalledOnce();
    }
    pickFile("opt-user-pack-file", PACK, "school-words.json");
    await settle();
    expect(byId("opt-user-pack-file-name").textContent).toBe("Chosen: school-words.json");
  });
});

describe("status messages", () => {
  it("a success is announced with role=status and goes after a while", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = openOptions();
    await vi.runAllTimersAsync();
    await mounting;
    pickFile("opt-user-pack-file", PACK);
    await vi.advanceTimersByTimeAsync(0);
    const status = byId("opt-user-packs-status");
    expect(status.getAttribute("role")).toBe("status");
    expect(status.textContent).toBe("Rule pack “School words” added.");
    await vi.advanceTimersByTimeAsync(STATUS_CLEAR_MS - 100);
    expect(status.textContent).toBe("Rule pack “School words” added.");
    await vi.advanceTimersByTimeAsync(100);
    expect(status.textContent).toBe("");
  });

  it("a failure stays until the user changes something else, then goes", async () => {
    await openOptions();
    pickFile("opt-import", "not json");
    await settle();
    expect(byId("opt-backup-status").textContent).toContain("not imported");
    typeInto("opt-custom-terms-new", "sofa");
    expect(byId("opt-backup-status").textContent).toBe("");

    pickFile("opt-import", "not json");
    await settle();
    click("opt-sensitivity-high");
    await settle();
    expect(byId("opt-backup-status").textContent).toBe("");
  });
});
