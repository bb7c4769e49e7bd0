// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepOffline, REGISTER_DELAY_MS, showUpdateLine, UPDATE_WORDS, WORKER_URL } from './sw-register';

/** A window whose service-worker container is a stub: what it registered, and its listeners. */
function withWorkers({ controlled }: { controlled: boolean }) {
  const listeners = new Map<string, () => void>();
  const register = vi.fn(async () => ({}));
  const workers = {
    controller: controlled ? {} : null,
    register,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  };
  const win = Object.create(window, { navigator: { value: { serviceWorker: workers } } }) as Window;
  return { win, register, takeOver: () => listeners.get('controllerchange')?.() };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

describe('keepOffline', () => {
  it('registers the worker at the root, only a little after the page has loaded', () => {
    const { win, register } = withWorkers({ controlled: false });
    keepOffline(win);
    vi.advanceTimersByTime(REGISTER_DELAY_MS - 1);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(register).toHaveBeenCalledWith(WORKER_URL, { scope: '/' });
  });

  it('does nothing where the browser has no service workers', () => {
    const win = Object.create(window, { navigator: { value: {} } }) as Window;
    expect(() => keepOffline(win)).not.toThrow();
    vi.runAllTimers();
    expect(document.querySelector('.update-line')).toBeNull();
  });

  it('says nothing when the first worker takes over a first visit', () => {
    const { win, takeOver } = withWorkers({ controlled: false });
    keepOffline(win);
    takeOver();
    vi.runAllTimers();
    expect(document.querySelector('.update-line')).toBeNull();
  });

  it('on a first visit still open when a newer build arrives, says so then', () => {
    const { win, takeOver } = withWorkers({ controlled: false });
    keepOffline(win);
    takeOver();
    takeOver();
    vi.runAllTimers();
    expect(document.querySelector('.update-line')?.textContent).toBe('A newer version is ready: Reload');
  });

  it('says in one polite line that a newer version is ready when a new build takes over', () => {
    const { win, takeOver } = withWorkers({ controlled: true });
    keepOffline(win);
    takeOver();
    takeOver();
    vi.runAllTimers();
    const lines = document.querySelectorAll('.update-line');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.getAttribute('role')).toBe('status');
    expect(lines[0]!.textContent).toBe('A newer version is ready: Reload');
  });
});

describe('showUpdateLine', () => {
  it('adds the live region empty and fills it a moment later, so it is announced', () => {
    showUpdateLine(document);
    const line = document.querySelector('.update-line')!;
    expect(line.textContent).toBe('');
    vi.runAllTimers();
    expect(line.querySelector('button')?.textContent).toBe('Reload');
  });
});

describe('the update line in the page’s language', () => {
  it.each([
    ['en', 'A newer version is ready: Reload', 'Reload'],
    ['es', 'Hay una versión nueva: Recargar', 'Recargar'],
    ['', 'A newer version is ready: Reload', 'Reload'],
    ['fr', 'A newer version is ready: Reload', 'Reload'],
  ])('on a page in “%s” says “%s”', (lang, text, button) => {
    document.documentElement.lang = lang;
    showUpdateLine(document);
    vi.runAllTimers();
    const line = document.querySelector('.update-line')!;
    expect(line.textContent).toBe(text);
    expect(line.querySelector('button')?.textContent).toBe(button);
  });

  it('has the same two parts in every language: the sentence ends in a colon and a space before the button', () => {
    for (const words of Object.values(UPDATE_WORDS)) {
      expect(words.ready).toMatch(/: $/);
      expect(words.reload).toMatch(/^\S+$/);
    }
  });

  it('never takes a word from the object’s prototype for a page whose lang is not ours', () => {
    document.documentElement.lang = 'constructor';
    showUpdateLine(document);
    vi.runAllTimers();
    expect(document.querySelector('.update-line')?.textContent).toBe('A newer version is ready: Reload');
  });
});
