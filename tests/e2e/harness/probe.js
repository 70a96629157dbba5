// In-page helpers of the e2e harness, evaluated as source text (page.evaluate("…")) so no test transpiler can
// inject helpers into them. One expression: the probe object.
(() => {
  /** The id a marked element carries on its site: old Reddit fullname, comment thingid, shreddit id, X status id. */
  const idOf = (el) =>
    el.getAttribute("data-fullname") ??
    el.getAttribute("thingid") ??
    (el.localName === "shreddit-post" ? el.id : null) ??
    el.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute("href")?.split("/status/")[1] ??
    null;

  /** Every match at or under root, inside open shadow roots too. */
  const deep = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll("*")) if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
    return found;
  };

  /** The post an overlay covers: the marked child of a wrapper, else a marked ancestor across shadow boundaries. */
  const ownerOf = (overlay) => {
    const wrapped = overlay.parentElement?.querySelector(":scope > [data-second-look]");
    if (wrapped) return wrapped;
    for (let node = overlay.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element && node.hasAttribute("data-second-look")) return node;
    }
    return null;
  };

  const overlays = () => deep(document, "[data-second-look-overlay]");

  return {
    verdicts: () => Object.fromEntries([...document.querySelectorAll("[data-second-look]")].map((el) => [idOf(el) ?? "?", el.getAttribute("data-second-look")])),
    /** What each overlay tells the reader: the post it covers, its one-sentence reason and the signals listed under "why". */
    overlayDetails: () => overlays().map((overlay) => ({
      id: idOf(ownerOf(overlay) ?? overlay) ?? "?",
      reason: overlay.shadowRoot?.querySelector(".reason")?.textContent ?? "",
      signals: [...(overlay.shadowRoot?.querySelectorAll(".signals li") ?? [])].map((li) => {
        const match = li.querySelector("q")?.textContent;
        return `${li.querySelector("span")?.textContent ?? ""}${match ? ` “${match}”` : ""}`;
      }),
    })),
    overlayThemes: () => overlays().map((overlay) => overlay.getAttribute("data-theme")),
    overlayOwners: () => overlays().map((overlay) => idOf(ownerOf(overlay) ?? overlay) ?? "?"),
    overlayFor: (id) => overlays().find((overlay) => {
      const owner = ownerOf(overlay);
      return owner !== null && idOf(owner) === id;
    }) ?? null,
    /** posts.js's word on a part of __fixture.data (keys down to it): id → bait, and the ads (never scanned). */
    expected: (...keys) => {
      const out = { bait: {}, unscanned: [] };
      const walk = (value) => {
        if (Array.isArray(value)) return value.forEach(walk);
        if (typeof value !== "object" || value === null) return;
        if (typeof value.id === "string" && (value.promoted === true || value.ad === true)) out.unscanned.push(value.id);
        else if (typeof value.id === "string" && typeof value.bait === "boolean") out.bait[value.id] = value.bait;
        Object.values(value).forEach(walk);
      };
      walk(keys.reduce((value, key) => value?.[key], window.__fixture.data));
      return out;
    },
  };
})()
