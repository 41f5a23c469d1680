import type { SavedReplyUsability } from "../replies/saved-reply-check";
import { grouped, offeredText, problemLines } from "./saved-reply-words";

/** Whether a saved reply will be offered, and each rule it breaks with where: text only, never HTML. */
export function SavedReplyStatus({ usability }: { usability: SavedReplyUsability }) {
  const lines = grouped(usability.problems).flatMap(problemLines);
  return (
    <div class="saved-status" data-offered={usability.offered}>
      <p class="saved-offered">
        <span class="check-dot" aria-hidden="true" />
        {offeredText(usability)}
      </p>
      {lines.length > 0 && (
        <ul class="saved-problems">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
