/**
 * The marker's own styles, inside its Shadow DOM: the page's CSS cannot reach them, nor they the page. Kept cheap to
 * paint, since a page may hold thousands: no clipping (overflow) and no positioning until the tooltip is shown.
 */
export const MARKER_CSS = `
:host { display: inline-block; vertical-align: middle; margin: 0 4px; line-height: 18px; }
:host(:hover), :host(:focus-within) { position: relative; }
button {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; cursor: pointer;
  height: 18px; padding: 0 7px 0 5px; border-radius: 9px; font: 600 11px/18px system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2a37; background: #eef1f5; border: 1px solid #cfd6df; white-space: nowrap; letter-spacing: normal;
  text-transform: none;
}
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #8a94a3; flex: none; }
.tip {
  display: none; position: absolute; z-index: 2147483647; top: 22px; left: 0; width: max-content; max-width: 300px;
  padding: 6px 8px; border-radius: 6px; background: #1f2a37; color: #fff; font: 400 12px/1.4 system-ui, sans-serif;
  white-space: pre-line; box-shadow: 0 2px 8px rgba(0,0,0,.25); pointer-events: none;
}
button:hover + .tip, button:focus-visible + .tip { display: block; }
[data-look="positive"] .dot { background: #1f9d55; }
[data-look="neutral"] .dot { background: #8a94a3; }
[data-look="question"] .dot { background: #2563eb; }
[data-look="critical"] .dot { background: #d97706; }
[data-look="angry"] .dot { background: #dc2626; }
[data-look="violation"] { background: #fde8e8; border-color: #f5a3a3; color: #8b1c1c; }
[data-look="violation"] .dot { background: #8b1c1c; }
[data-look="pending"] { color: #5b6573; font-weight: 500; }
[data-look="pending"] .dot { background: transparent; border: 1px dashed #8a94a3; }
`;
