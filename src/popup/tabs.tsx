import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

type Tab = { id: string; label: string; content: () => ComponentChildren };

/** Accessible tabs: arrow keys move between them, the panel is labelled by its tab. */
export function Tabs({ tabs, initial }: { tabs: readonly Tab[]; initial?: string }) {
  const [active, setActive] = useState(initial ?? tabs[0]?.id);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  const move = (step: number) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      setActive(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };
  return (
    <>
      <div class="tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current?.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(event) => {
              if (event.key === "ArrowRight") move(1);
              if (event.key === "ArrowLeft") move(-1);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div class="tab-panel" role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          {current.content()}
        </div>
      )}
    </>
  );
}
