import { describe, expect, it } from 'vitest';
import { SEARCH_SWAP_SCRIPT, scriptHash } from './inline-script';

describe('scriptHash', () => {
  it.each([
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ["alert('hi')", 'sha256-XTqNqFSUlZHAW7f/OGNYSOEzxKhjdAAGMXoid2VEbJk='],
  ])('hashes %j as the browser does', (code, expected) => {
    expect(scriptHash(code)).toBe(expected);
  });

  it('changes when a single character of the script changes', () => {
    expect(scriptHash(SEARCH_SWAP_SCRIPT)).not.toBe(scriptHash(`${SEARCH_SWAP_SCRIPT} `));
  });
});
