// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routine as en } from '../i18n/en/routine';
import { routine as es } from '../i18n/es/routine';
import './days-strip';

/** The markup src/components/DaysStrip.astro renders: seven empty boxes, a disabled "Forget", the script's words. */
function renderStrip({ quiet = false, words = en.days } = {}): HTMLElement {
  const days = '<li><span data-label></span><span class="box"></span><span data-state></span></li>'.repeat(7);
  document.body.innerHTML = `
    <days-strip ${quiet ? 'data-quiet' : ''} data-locale="${words.locale}" data-say-today="${words.today}"
      data-say-done="${words.done}" data-say-not-done="${words.notDone}" data-say-forgotten="${words.forgotten}">
      <h2>${words.title}</h2>
      <ol>${days}</ol>
      <button type="button" data-forget disabled data-awaits-script>${words.forget}</button>
      <p role="status" data-status></p>
    </days-strip>`;
  return document.querySelector('days-strip')!;
}

/** What a screen reader hears for each day, in order: the label, then the hidden state. */
const spoken = (strip: HTMLElement) =>
  [...strip.querySelectorAll('li')].map(
    (day) => `${day.querySelector('[data-label]')!.textContent} ${day.querySelector('[data-state]')!.textContent}`,
  );

beforeEach(() => {
  // Monday 1 June 2026, in the morning, local time.
  vi.useFakeTimers({ now: new Date(2026, 5, 1, 9, 0), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
  document.body.replaceChildren();
});

describe('<days-strip>', () => {
  it('names the last seven days, ending today, and ticks the days kept as done', () => {
    localStorage.setItem('days-done', JSON.stringify(['2026-05-27', '2026-06-01']));
    const strip = renderStrip();
    expect(spoken(strip)).toEqual([
      'Tue not done',
      'Wed done',
      'Thu not done',
      'Fri not done',
      'Sat not done',
      'Sun not done',
      'Mon today, done',
    ]);
    expect(strip.querySelectorAll('li[data-done]')).toHaveLength(2);
    expect(strip.querySelectorAll('li[data-today]')).toHaveLength(1);
  });

  it('enables "Forget my history" once it runs', () => {
    const forget = renderStrip().querySelector('button')!;
    expect(forget.disabled).toBe(false);
    expect(forget.hasAttribute('data-awaits-script')).toBe(false);
  });

  it('"Forget my history" empties the week and says so', () => {
    localStorage.setItem('days-done', JSON.stringify(['2026-06-01']));
    const strip = renderStrip();
    strip.querySelector('button')!.click();
    expect(strip.querySelector('[data-status]')!.textContent).toBe('Your history is forgotten.');
    expect(spoken(strip).at(-1)).toBe('Mon today, not done');
    expect(strip.querySelectorAll('li[data-done]')).toHaveLength(0);
    expect(localStorage.getItem('days-done')).toBeNull();
  });

  it('a click beside the button forgets nothing', () => {
    localStorage.setItem('days-done', JSON.stringify(['2026-06-01']));
    const strip = renderStrip();
    strip.querySelector('h2')!.click();
    expect(strip.querySelector('[data-status]')!.textContent).toBe('');
    expect(localStorage.getItem('days-done')).toBe('["2026-06-01"]');
  });

  it('redraws when the timer marks today as done', () => {
    const strip = renderStrip();
    expect(spoken(strip).at(-1)).toBe('Mon today, not done');
    localStorage.setItem('days-done', JSON.stringify(['2026-06-01']));
    document.dispatchEvent(new Event('days-done'));
    expect(spoken(strip).at(-1)).toBe('Mon today, done');
  });

  it('built quiet, stays one line on a first visit and opens its week once a day is kept', () => {
    const strip = renderStrip({ quiet: true });
    expect(strip.hasAttribute('data-quiet')).toBe(true);
    localStorage.setItem('days-done', JSON.stringify(['2026-06-01']));
    document.dispatchEvent(new Event('days-done'));
    expect(strip.hasAttribute('data-quiet')).toBe(false);
  });

  it('stops listening once it leaves the page', () => {
    const strip = renderStrip();
    strip.remove();
    localStorage.setItem('days-done', JSON.stringify(['2026-06-01']));
    document.dispatchEvent(new Event('days-done'));
    expect(spoken(strip).at(-1)).toBe('Mon today, not done');
  });

  it('with storage blocked, shows an empty week', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(spoken(renderStrip())).toEqual([
      'Tue not done',
      'Wed not done',
      'Thu not done',
      'Fri not done',
      'Sat not done',
      'Sun not done',
      'Mon today, not done',
    ]);
    vi.restoreAllMocks();
  });

  it('in Spanish, names the days and their state in Spanish, and says so when it forgets', () => {
    localStorage.setItem('days-done', JSON.stringify(['2026-05-27', '2026-06-01']));
    const strip = renderStrip({ words: es.days });
    expect(spoken(strip)).toEqual([
      'mar sin hacer',
      'mié hecho',
      'jue sin hacer',
      'vie sin hacer',
      'sáb sin hacer',
      'dom sin hacer',
      'lun hoy, hecho',
    ]);
    strip.querySelector('button')!.click();
    expect(strip.querySelector('[data-status]')!.textContent).toBe('Se borró tu historial.');
    expect(spoken(strip).at(-1)).toBe('lun hoy, sin hacer');
  });
});
