import { defaultPacks } from "../../../rules/packs/index.ts";
import { unknownReferences } from "../../../rules/packs/references.ts";
import { RulePackSchema, type RulePack } from "../../../rules/schema/pack.ts";
import { OWN_PACK_ID } from "../../../rules/scoring/score.ts";
import { USER_PACK_MAX_BYTES, storedBytes } from "../../../settings/schema.ts";
import { formatNumber, t } from "../../kit/i18n.ts";
import { issueLines } from "../../kit/schema-errors.ts";
import { h } from "../../kit/h.ts";
import { announce, filePicker, group, liveRegion, section, takeJsonFile } from "../controls.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";
import { packMeta } from "./packs.ts";

/**
 * A pack file's problems, in the words `npm run rules:check` uses: schema issues with their paths, then
 * references to rule ids no built-in pack or the pack itself defines. A built-in pack's id is refused too, and so
 * is a pack larger than the cap that keeps every imported pack inside the browser's storage quota.
 */
export function checkPackFile(raw: unknown, builtIn: readonly RulePack[] = defaultPacks()): { ok: true; pack: RulePack } | { ok: false; problems: string[] } {
  const parsed = RulePackSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: issueLines(parsed.error) };
  const pack = parsed.data;
  const problems = unknownReferences(pack, new Set(builtIn.flatMap((p) => p.rules.map((r) => r.id)))).map(({ path, ref }) => `${path}: ${t("schemaUnknownRuleId", [ref])}`);
  // The own-words pack is built in too: an imported one under its id would share its standing.
  if (builtIn.some((p) => p.id === pack.id) || pack.id === OWN_PACK_ID) problems.push(t("optionsUserPackBuiltIn", [pack.id]));
  const bytes = storedBytes(pack);
  if (bytes > USER_PACK_MAX_BYTES) problems.push(t("optionsUserPackTooBig", [pack.name, formatNumber(Math.ceil(bytes / 1024)), formatNumber(USER_PACK_MAX_BYTES / 1024)]));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack };
}

/** Rule packs imported from files: added after the same checks as rules:check, listed with a remove button. */
export function userPacksPane({ save }: OptionsActions): Pane {
  const status = liveRegion("opt-user-packs-status");
  const { input: file, element: picker } = filePicker("opt-user-pack-file", t("optionsUserPackImport"));

  file.addEventListener("change", async () => {
    const picked = await takeJsonFile(file);
    if (!picked) return;
    const checked = picked.ok ? checkPackFile(picked.raw) : { ok: false as const, problems: [picked.problem] };
    if (!checked.ok) return announce(status, t("optionsUserPackFailed"), checked.problems);
    // A newer version of a pack already imported replaces it.
    const saved = await save((s) => ({ userPacks: [...s.userPacks.filter((p) => p.id !== checked.pack.id), checked.pack] }));
    if (saved.ok) announce(status, t("optionsUserPackAdded", [checked.pack.name]));
    else announce(status, t("optionsUserPackFailed"), saved.errors);
  });

  return (view) => {
    const installed = view.effective.settings.userPacks;
    const list =
      installed.length === 0
        ? h("p", { class: "muted" }, [t("optionsUserPackNone")])
        : h(
            "ul",
            {},
            installed.map((pack) => {
              const remove = h("button", { type: "button", id: `opt-user-pack-remove-${pack.id}`, "aria-label": t("optionsListRemove", [pack.name]) }, ["×"]);
              remove.addEventListener("click", () => void save((s) => ({ userPacks: s.userPacks.filter((p) => p.id !== pack.id) })));
              return h("li", { "data-pack": pack.id }, [h("span", {}, [`${pack.name} (${packMeta(pack)})`]), remove]);
            }),
          );
    return section("opt-user-packs", "optionsUserPacksHeading", [
      h("p", {}, [t("optionsUserPacksIntro")]),
      group(t("optionsUserPacksHeading"), isLocked(view, "userPacks"), [list, picker], { class: "user-packs" }),
      status,
    ]);
  };
}
