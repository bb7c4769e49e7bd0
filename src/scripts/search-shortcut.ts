/**
 * "/" moves focus to the search box, as on many sites: the search page's own box,
 * else the header's. It is left alone while the reader types in a field or uses
 * the timer. Imported by the search page and by the timer's script, the only
 * pages that run JavaScript.
 */
const KEEP_FOCUS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), hold-timer';

function searchBox(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('#search-query') ??
    document.querySelector<HTMLInputElement>('#site-search')
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (event.target instanceof Element && event.target.closest(KEEP_FOCUS)) return;
  const box = searchBox();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

searchBox()?.setAttribute('aria-keyshortcuts', '/');
