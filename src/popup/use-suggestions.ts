import { useEffect, useRef, useState } from "preact/hooks";
import { send } from "../platform/messaging";
import type { PageComment } from "../shared/page-messages";
import type { Suggestion } from "../shared/replies";

/** Suggestions for the given comments, composed by the worker once per comment. */
export function useSuggestions(comments: readonly PageComment[]): Map<string, Suggestion[]> {
  const [byKey, setByKey] = useState<Map<string, Suggestion[]>>(new Map());
  const requested = useRef(new Set<string>());
  useEffect(() => {
    for (const { comment, assessment } of comments) {
      const key = `${comment.site}:${comment.id}`;
      if (!assessment || requested.current.has(key)) continue;
      requested.current.add(key);
      void send("replies/compose", { comment, assessment }).then((result) => {
        if (result.ok) setByKey((current) => new Map(current).set(key, result.value.suggestions));
      });
    }
  }, [comments]);
  return byKey;
}
