import { describe, expect, it } from 'vitest';
import { printedAddress } from './printed-address';

describe('printedAddress', () => {
  it('is the full address when the public origin is known', () => {
    expect(printedAddress('/routines/daily/', 'https://example.org')).toBe('https://example.org/routines/daily/');
  });

  it('is the path alone when it is not, never an address on this machine', () => {
    expect(printedAddress('/routines/daily/', undefined)).toBe('/routines/daily/');
  });
});
