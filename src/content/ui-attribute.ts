/**
 * Marks the host of every floating Gelassen UI, so the page watcher, the guard and switch-off recognise it. A
 * file of its own: the features that only look for it need not import the UI, nor its loading from the worker.
 */
export const UI_ATTRIBUTE = "data-gelassen-ui";
