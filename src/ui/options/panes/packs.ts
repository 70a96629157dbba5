import { defaultPacks } from "../../../rules/packs/index.ts";
import type { RulePack } from "../../../rules/schema/pack.ts";
import { formatNumber, t } from "../../kit/i18n.ts";
import { ruleLabel } from "../../kit/rule-messages.ts";
import { h } from "../../kit/h.ts";
import { checkbox, group, section } from "../controls.ts";
import { packDescription, packName } from "../pack-names.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";

/** One concept: a rule id with the first description found and the packs that define it. */
export function concepts(packs: readonly RulePack[]): { id: string; description: string; packs: string[] }[] {
  const byId = new Map<string, { id: string; description: string; packs: string[] }>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const known = byId.get(rule.id);
      if (known) known.packs.push(packName(pack));
      else byId.set(rule.id, { id: rule.id, description: rule.description, packs: [packName(pack)] });
    }
  }
  return [...byId.values()];
}

export const packMeta = (pack: RulePack) => t("optionsPackMeta", [pack.version, formatNumber(pack.rules.length)]);

/** Built-in packs on or off, and every rule (one concept across languages) on or off. */
export function packsPane({ save }: OptionsActions, builtIn: readonly RulePack[] = defaultPacks()): Pane {
  let rulesOpen = false;
  return (view) => {
    const { packs, disabledRules, userPacks } = view.effective.settings;
    const disabled = new Set(disabledRules);
    const rules = concepts([...builtIn, ...userPacks]);
    const details = h("details", { open: rulesOpen }, [
      h("summary", {}, [t("optionsRulesShow", [formatNumber(rules.length)])]),
      h(
        "div",
        { class: "rules" },
        rules.map((rule) =>
          checkbox({
            id: `opt-rule-${rule.id}`,
            label: ruleLabel(rule.id, rule.description),
            hint: t("optionsRuleIn", [rule.packs.join(", ")]),
            checked: !disabled.has(rule.id),
            onChange: (on) => void save((s) => ({ disabledRules: [...s.disabledRules.filter((id) => id !== rule.id), ...(on ? [] : [rule.id])] })),
          }),
        ),
      ),
    ]);
    details.addEventListener("toggle", () => (rulesOpen = details.open));
    return section("opt-packs", "optionsPacksHeading", [
      h("p", {}, [t("optionsPacksIntro")]),
      group(
        t("optionsPacksLegend"),
        isLocked(view, "packs"),
        builtIn.map((pack) =>
          checkbox({
            id: `opt-pack-${pack.id}`,
            label: packName(pack),
            hint: `${packMeta(pack)} — ${packDescription(pack)}`,
            checked: packs[pack.id] !== false,
            onChange: (on) => void save((s) => ({ packs: { ...s.packs, [pack.id]: on } })),
          }),
        ),
      ),
      group(t("optionsRulesLegend"), isLocked(view, "disabledRules"), [h("p", { class: "muted" }, [t("optionsRulesIntro")]), details]),
    ]);
  };
}
