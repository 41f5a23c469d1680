/**
 * Notices when the page moves to another address without a load. A content script cannot patch the page's own
 * history.pushState (it lives in another JavaScript world), so it listens to popstate and the Navigation API
 * where the browser has it, and `check()` is called on every batch of DOM changes (navigation always brings some).
 */
export function watchUrl(onChange: (url: string) => void, signal: AbortSignal): { check: () => void } {
  let current = location.href;
  const check = () => {
    if (signal.aborted || location.href === current) return;
    current = location.href;
    onChange(current);
  };
  window.addEventListener("popstate", check, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener("navigatesuccess", check, { signal });
  return { check };
}
