import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Save } from "./use-guidelines";

/** The last save of the guidelines, so a failed one is said beside the field the user typed in. */
export const SaveContext = createContext<Save>(undefined);

export function FieldError({ id }: { id: string }) {
  const save = useContext(SaveContext);
  if (save?.kind !== "error" || save.field !== id) return null;
  return (
    <p class="status field-error" data-kind="error" role="alert" id={`${id}-error`}>
      {save.text}
    </p>
  );
}
