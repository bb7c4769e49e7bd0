// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import './safety-answer';

/** The markup src/components/SafetyAnswer.astro renders: the "not asked" text shown, "Ask me again" disabled. */
function renderAnswer(): HTMLElement {
  document.body.innerHTML = `
    <safety-answer>
      <p data-if="unasked">The timer has not asked you yet on this device.</p>
      <div data-if="cleared" hidden>
        <p>You told the timer that none of the conditions above apply to you.</p>
        <button type="button" data-forget disabled data-awaits-script>Ask me again</button>
      </div>
    </safety-answer>`;
  return document.querySelector('safety-answer')!;
}

const shown = (answer: HTMLElement) =>
  [...answer.querySelectorAll<HTMLElement>('[data-if]')]
    .filter((part) => !part.hidden)
    .map((part) => part.textContent!.replace(/\s+/g, ' ').trim());

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe('<safety-answer>', () => {
  it('says the timer has not asked yet when this device never answered', () => {
    expect(shown(renderAnswer())).toEqual(['The timer has not asked you yet on this device.']);
  });

  it('shows the answer "None of these" and an enabled "Ask me again"', () => {
    localStorage.setItem('safety-check', 'none-of-these');
    const answer = renderAnswer();
    expect(shown(answer)).toEqual(['You told the timer that none of the conditions above apply to you. Ask me again']);
    expect(answer.querySelector('button')!.disabled).toBe(false);
  });

  it('"Ask me again" forgets the answer, so the timer asks before the next Start', () => {
    localStorage.setItem('safety-check', 'none-of-these');
    const answer = renderAnswer();
    answer.querySelector('button')!.click();
    expect(shown(answer)).toEqual(['The timer has not asked you yet on this device.']);
    expect(localStorage.getItem('safety-check')).toBeNull();
  });
});
