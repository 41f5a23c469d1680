import { useEffect, useState } from "preact/hooks";
import { FieldError } from "./field-error";

/** Form fields that keep what the user types and hand it over when they leave the field. */
type Common = { id: string; label: string; help?: string; disabled?: boolean };

export function TextField(
  props: Common & {
    value: string;
    onCommit: (value: string) => void;
    /** Every keystroke, before the value is committed: for a live preview of what is being typed. */
    onType?: (value: string) => void;
    type?: "text" | "email" | "tel" | "url";
  },
) {
  const [value, setValue] = useState(props.value);
  useEffect(() => setValue(props.value), [props.value]);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        // Preact types each input type separately; all four share the attributes used here.
        type={(props.type ?? "text") as "text"}
        value={value}
        disabled={props.disabled}
        onInput={(event) => {
          const typed = (event.target as HTMLInputElement).value;
          setValue(typed);
          props.onType?.(typed);
        }}
        onChange={() => props.onCommit(value.trim())}
      />
      <FieldError id={props.id} />
      {props.help && <p class="help">{props.help}</p>}
    </div>
  );
}

export function NumberField(
  props: Common & { value: number; min: number; max: number; onCommit: (value: number) => void },
) {
  const [value, setValue] = useState(String(props.value));
  useEffect(() => setValue(String(props.value)), [props.value]);
  return (
    <div class="field field-number">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={value}
        disabled={props.disabled}
        onInput={(event) => setValue((event.target as HTMLInputElement).value)}
        onChange={() => props.onCommit(Number(value))}
      />
      <FieldError id={props.id} />
    </div>
  );
}

/** One phrase per line. */
export function LinesField(props: Common & { value: readonly string[]; onCommit: (value: string[]) => void }) {
  const joined = props.value.join("\n");
  const [value, setValue] = useState(joined);
  useEffect(() => setValue(joined), [joined]);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={5}
        value={value}
        disabled={props.disabled}
        onInput={(event) => setValue((event.target as HTMLTextAreaElement).value)}
        onChange={() =>
          props.onCommit(
            value
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean),
          )
        }
      />
      <FieldError id={props.id} />
    </div>
  );
}

export function Checkbox(props: Common & { checked: boolean; onCommit: (checked: boolean) => void }) {
  return (
    <label class="check-field" for={props.id}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onCommit((event.target as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

export function Choice<T extends string>(
  props: Common & { value: T; options: readonly { value: T; label: string }[]; onCommit: (value: T) => void },
) {
  return (
    <fieldset class="field choice" disabled={props.disabled}>
      <legend>{props.label}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="check-field">
          <input
            type="radio"
            name={props.id}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onCommit(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
