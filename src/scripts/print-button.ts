/** <print-button>: opens the browser's print dialog (src/components/PrintButton.astro). */
import { enableControls } from './upgrade';

class PrintButton extends HTMLElement {
  #connection: AbortController | undefined; // its abort removes every listener added on connect

  connectedCallback(): void {
    const { signal } = (this.#connection = new AbortController());
    this.querySelector('button')?.addEventListener('click', () => print(), { signal });
    enableControls(this);
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
