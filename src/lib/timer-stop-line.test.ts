import { describe, expect, it } from 'vitest';
import { timer as es } from '../i18n/es/timer';
import { stopLine } from './timer-stop-line';

describe('stopLine', () => {
  it('reads on from the first of the stop signs', () => {
    expect(stopLine(['The pain turns sharp or shoots down your arm.', 'You feel dizzy.'])).toBe(
      'Stop or ease off if the pain turns sharp or shoots down your arm.',
    );
  });

  it('lowers only a first word, never an initialism, and ends with one full stop', () => {
    expect(stopLine(['You feel dizzy or see double'])).toBe('Stop or ease off if you feel dizzy or see double.');
    expect(stopLine(['TMJ pain gets worse.'])).toBe('Stop or ease off if TMJ pain gets worse.');
  });

  it('is empty when there is no sign to read', () => {
    expect(stopLine([])).toBe('');
  });
});

describe('stopLine in Spanish', () => {
  it('reads on from the first sign, its first word lowered', () => {
    expect(stopLine(['El dolor se vuelve agudo, se corre hacia el brazo o te da hormigueo en la mano.'], es)).toBe(
      'Para o afloja si el dolor se vuelve agudo, se corre hacia el brazo o te da hormigueo en la mano.',
    );
    expect(stopLine(['Sientes mareo o sensación de desmayo'], es)).toBe(
      'Para o afloja si sientes mareo o sensación de desmayo.',
    );
  });
});
