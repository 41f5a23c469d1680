/** The attributes Gelassen puts on a comment's container element, and nothing else. */
export const ID_ATTRIBUTE = "data-gelassen-id";
export const TONE_ATTRIBUTE = "data-gelassen-tone";
export const VERDICT_ATTRIBUTE = "data-gelassen-verdict";

export function clearAssessmentAttributes(element: Element): void {
  element.removeAttribute(TONE_ATTRIBUTE);
  element.removeAttribute(VERDICT_ATTRIBUTE);
}

export function clearAllAttributes(element: Element): void {
  element.removeAttribute(ID_ATTRIBUTE);
  clearAssessmentAttributes(element);
}

/** Every element of the document Gelassen has marked, for a clean switch-off. */
export function markedElements(root: ParentNode = document): Element[] {
  return [...root.querySelectorAll(`[${ID_ATTRIBUTE}],[${TONE_ATTRIBUTE}],[${VERDICT_ATTRIBUTE}]`)];
}
