import type { Site } from "../../../sites/snapshot.ts";
import { t, type MessageKey } from "../../kit/i18n.ts";
import { checkbox, group, section } from "../controls.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";

/** Each site's name as people know it; the popup uses the same words. */
export const SITE_NAME: Record<Site, MessageKey> = { x: "siteX", reddit: "siteReddit", "old-reddit": "siteOldReddit" };

export function sitesPane({ save }: OptionsActions): Pane {
  return (view) => {
    const { sites } = view.effective.settings;
    return section("opt-sites", "optionsSitesHeading", [
      group(
        t("optionsSitesLegend"),
        isLocked(view, "sites"),
        (Object.keys(SITE_NAME) as Site[]).map((site) =>
          checkbox({ id: `opt-site-${site}`, label: t(SITE_NAME[site]), checked: sites[site], onChange: (on) => void save((s) => ({ sites: { ...s.sites, [site]: on } })) }),
        ),
      ),
    ]);
  };
}
