/**
 * Keeps Tab and Shift+Tab cycling through the enabled buttons of `container`. Every Tab is handled here, not
 * left to the browser, so focus can never step out into the page behind a modal.
 */
export function trapTab(event: KeyboardEvent, container: ParentNode, active: Element | null): void {
  if (event.key !== "Tab") return;
  event.preventDefault();
  const stops = [...container.querySelectorAll<HTMLElement>("button:not(:disabled), a[href]")];
  if (stops.length === 0) return;
  const at = active instanceof HTMLElement ? stops.indexOf(active) : -1;
  const step = event.shiftKey ? -1 : 1;
  const next = at === -1 ? (event.shiftKey ? stops.length - 1 : 0) : (at + step + stops.length) % stops.length;
  stops[next]?.focus();
}
