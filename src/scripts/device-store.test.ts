// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from './device-store';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('device storage', () => {
  it('reads back what it wrote', () => {
    writeStored('hold-timer-sound', 'false');
    expect(readStored('hold-timer-sound')).toBe('false');
    expect(localStorage.getItem('hold-timer-sound')).toBe('false');
  });

  it('reads nothing for a key never written', () => {
    expect(readStored('safety-check')).toBeNull();
  });

  it('removes the key when written null', () => {
    writeStored('safety-check', 'none-of-these');
    writeStored('safety-check', null);
    expect(readStored('safety-check')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('when the browser blocks storage, forgets quietly instead of throwing', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
    expect(readStored('days-done')).toBeNull();
    expect(() => writeStored('days-done', '["2026-06-01"]')).not.toThrow();
    expect(() => writeStored('days-done', null)).not.toThrow();
  });
});
