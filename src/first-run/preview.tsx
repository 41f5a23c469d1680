import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import type { Guidelines } from "../shared/guidelines";
import { sampleComment } from "./sample-comment";

type Shown = { kind: "text"; text: string } | { kind: "error"; text: string } | undefined;

/**
 * One suggestion for a sample critical comment, composed by the worker with the guidelines as they are being
 * typed: the user sees at once what their sign-off and address form do to a reply.
 */
export function Preview({ guidelines, language }: { guidelines: Guidelines; language: "de" | "en" }) {
  const comment = useMemo(() => sampleComment(language), [language]);
  const [shown, setShown] = useState<Shown>();
  // Answers can arrive out of order while the user types: only the newest request's answer is shown.
  const latest = useRef(0);
  const key = JSON.stringify(guidelines);
  useEffect(() => {
    const asked = ++latest.current;
    void send("replies/preview", { comment, guidelines: JSON.parse(key) as Guidelines }).then((result) => {
      if (asked !== latest.current) return;
      if (!result.ok) return setShown({ kind: "error", text: t("frPreviewFailed", result.error) });
      const first = result.value.suggestions.find((suggestion) => suggestion.text.trim() !== "");
      setShown(first ? { kind: "text", text: first.text } : { kind: "error", text: t("frPreviewNone") });
    });
  }, [key, comment]);
  return (
    <aside class="card first-run-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t("frPreviewTitle")}</h2>
      <p class="muted">{t("frPreviewHelp")}</p>
      <figure class="preview-comment">
        <blockquote>{comment.text}</blockquote>
        <figcaption class="muted">{comment.author.name}</figcaption>
      </figure>
      <h3>{t("frPreviewSuggestion")}</h3>
      {shown?.kind === "error" ? (
        <p class="advice advice-review">{shown.text}</p>
      ) : (
        <p class="preview-suggestion" data-preview="suggestion">
          {shown?.text ?? t("statusLoading")}
        </p>
      )}
    </aside>
  );
}
