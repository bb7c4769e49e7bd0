// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import './print-button';

function renderButton(): HTMLElement {
  document.body.innerHTML = `
    <print-button>
      <button type="button" disabled data-awaits-script>Print this routine</button>
      <span>One page, with a week of tick boxes.</span>
    </print-button>`;
  return document.querySelector('print-button')!;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<print-button>', () => {
  it('enables its button, which opens the print dialog', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const button = renderButton().querySelector('button')!;
    expect(button.disabled).toBe(false);
    button.click();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('a click on the words beside it prints nothing', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderButton().querySelector('span')!.click();
    expect(print).not.toHaveBeenCalled();
  });

  it('stops listening once it leaves the page', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const island = renderButton();
    const button = island.querySelector('button')!;
    island.remove();
    button.click();
    expect(print).not.toHaveBeenCalled();
  });
});
