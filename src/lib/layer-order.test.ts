import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_ORDER } from './layer-order';

describe('LAYER_ORDER', () => {
  it('is the statement tokens.css opens with, so the two cannot disagree', () => {
    const tokens = readFileSync(join(import.meta.dirname, '..', 'styles', 'tokens.css'), 'utf8');
    expect(tokens.match(/^@layer [^{]*?;/m)?.[0]).toBe(LAYER_ORDER);
  });
});
