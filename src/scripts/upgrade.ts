/**
 * The last step of every island's start-up: its controls are rendered disabled
 * (`disabled data-awaits-script`), so a slow or failed script leaves nothing that
 * looks live but does nothing. Call this once the island's handlers are bound.
 */
export function enableControls(root: ParentNode): void {
  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(
    '[data-awaits-script]',
  )) {
    control.disabled = false;
    control.removeAttribute('data-awaits-script');
  }
}
