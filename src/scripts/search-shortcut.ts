/**
 * On the search page, "/" moves focus back to the search box, as on many
 * sites. It is left alone while the reader types in a field. Only the search
 * page has it: content pages carry no script beyond the timer, and a global
 * key there would fight the reader's own typing.
 */
const KEEP_FOCUS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Binds "/" to `box` until `signal` aborts (the search page leaves the document). */
export function bindSearchShortcut(box: HTMLInputElement, signal: AbortSignal): void {
  box.setAttribute('aria-keyshortcuts', '/');
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(KEEP_FOCUS)) return;
      event.preventDefault();
      box.focus();
      box.select();
    },
    { signal },
  );
}
