import type { ShareAction, ShareTarget } from "../adapter.ts";
import { isHtmlElement, pathElements } from "../common/dom.ts";
import { POST_SELECTOR } from "./read.ts";

const LAYERS_ID = "layers";
const SHARE_ICON = 'svg path[d^="M12 2.59l5.7 5.7"]';
const COPY_LINK_ICON = 'svg path[d^="M18.36 5.64"]';
const REPOST_ITEMS = '[data-testid="retweetConfirm"], [data-testid="repostConfirm"]';
const QUOTE_ITEM = '[href="/compose/post"]';
const MENU_CONTAINER = '[role="menu"], [data-testid="sheetDialog"]';

type Opener = { post: Element; menu: "repost" | "share" };

/** The share button has no test id and a localised label: it is the last button of the action bar or wears the share icon. */
function isShareButton(button: Element, post: Element): boolean {
  if (button.hasAttribute("data-testid")) return false;
  const group = button.closest('div[role="group"]');
  if (group === null || !post.contains(group)) return false;
  if (button.querySelector(SHARE_ICON) !== null) return true;
  const buttons = group.querySelectorAll("button");
  return buttons[buttons.length - 1] === button;
}

function menuAction(item: Element, opener: Opener): ShareAction | null {
  if (item.matches(REPOST_ITEMS)) return "repost";
  if (item.matches(QUOTE_ITEM) || item.querySelector(QUOTE_ITEM) !== null) return "quote";
  if (item.querySelector(COPY_LINK_ICON) !== null) return "copy-link";
  const first = item.closest(MENU_CONTAINER)?.querySelector('[role="menuitem"]');
  return opener.menu === "share" && first === item ? "copy-link" : null;
}

/**
 * X renders repost and share menus as portals in #layers: nothing in a menu names the post it belongs to
 * (Quote links to a bare /compose/post, Copy link has no test id). The only link is which post's menu
 * button was clicked last, so the resolver remembers that opener and forgets it on any other click
 * (it must therefore see every click, which a capture-phase document listener gives it).
 */
export function createShareResolver(): (event: Event) => ShareTarget | null {
  let opener: Opener | null = null;
  return (event) => {
    const path = pathElements(event);
    const item = path.find((el) => el.getAttribute("role") === "menuitem");
    if (item !== undefined && isHtmlElement(item) && path.some((el) => el.id === LAYERS_ID)) {
      if (opener === null || !opener.post.isConnected) return null;
      const action = menuAction(item, opener);
      return action === null ? null : { post: opener.post, action, control: item };
    }
    opener = null;
    const post = path.find((el) => el.matches(POST_SELECTOR));
    const button = path.find((el) => el.localName === "button");
    if (post === undefined || !isHtmlElement(button) || !post.contains(button)) return null;
    if (button.getAttribute("data-testid") === "retweet") {
      opener = { post, menu: "repost" };
      return { post, action: "repost", control: button };
    }
    if (isShareButton(button, post)) {
      opener = { post, menu: "share" };
      return { post, action: "share", control: button };
    }
    return null;
  };
}
