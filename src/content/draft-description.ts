import { UI_ATTRIBUTE } from "./ui-attribute";

/** The id the reply box's aria-describedby names; one draft check runs per page, so one id is enough. */
export const DESCRIPTION_ID = "gelassen-draft-verdict";

const tokens = (value: string | null) => (value ?? "").split(/\s+/).filter(Boolean);

/**
 * Ties the draft check's verdict to the reply box it judges (aria-describedby), so a screen reader says it with
 * the box. The indicator itself lives in a Shadow DOM, which an id reference from the page cannot reach, so the
 * words go into a hidden element of the document as well; a hidden element still describes. The site's own
 * descriptions are kept and given back when the check closes.
 */
export class DraftDescription {
  private element: HTMLElement | undefined;
  private editor: HTMLElement | undefined;

  describe(editor: HTMLElement, text: string): void {
    if (this.editor !== editor) this.clear();
    if (!this.element) {
      this.element = document.createElement("gelassen-ui");
      this.element.setAttribute(UI_ATTRIBUTE, "draft-description");
      this.element.id = DESCRIPTION_ID;
      this.element.hidden = true;
    }
    if (!this.element.isConnected) document.documentElement.append(this.element);
    if (this.element.textContent !== text) this.element.textContent = text;
    const described = tokens(editor.getAttribute("aria-describedby"));
    if (!described.includes(DESCRIPTION_ID))
      editor.setAttribute("aria-describedby", [...described, DESCRIPTION_ID].join(" "));
    this.editor = editor;
  }

  clear(): void {
    const editor = this.editor;
    if (editor) {
      const rest = tokens(editor.getAttribute("aria-describedby")).filter((id) => id !== DESCRIPTION_ID);
      if (rest.length) editor.setAttribute("aria-describedby", rest.join(" "));
      else editor.removeAttribute("aria-describedby");
    }
    this.element?.remove();
    this.editor = undefined;
  }
}
