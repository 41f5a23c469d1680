import { elementMatches, type Label } from "./labels";
import type { MenuAction, MenuItem } from "./site-adapter";

export type MenuLabels = Record<MenuAction, Label>;

const ORDER: readonly MenuAction[] = ["delete", "hide", "remove", "report", "edit"];

/** What a menu item does, by its text or label in English or German; undefined for anything else. */
export function menuAction(item: Element, labels: MenuLabels): MenuAction | undefined {
  return ORDER.find((action) => elementMatches(item, labels[action]));
}

export function classifyMenuItems(items: Iterable<Element>, labels: MenuLabels): MenuItem[] {
  return [...items].map((element) => ({ element, action: menuAction(element, labels) }));
}
