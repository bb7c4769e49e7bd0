import { describe, expect, it } from 'vitest';
import { cspHash } from './csp-hash';

describe('cspHash', () => {
  it('gives the CSP source of the text as a browser hashes it', () => {
    expect(cspHash('@layer reset, tokens, base, layout, components, utilities;')).toBe(
      'sha256-PuFQm3CxVcbXHStT8BZdti2YcsUmzi3irXhdpSvN8v4=',
    );
  });

  it('hashes the UTF-8 bytes, so a non-ASCII character counts as the browser counts it', () => {
    expect(cspHash('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });
});
