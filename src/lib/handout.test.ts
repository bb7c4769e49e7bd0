import { describe, expect, it } from 'vitest';
import { condenseSteps, dayBoxes, firstSentence } from './handout';

describe('firstSentence', () => {
  it.each([
    ['Sit up tall. Let your shoulders drop.', 'Sit up tall.'],
    ['Does it ache? Ease off.', 'Does it ache?'],
    ['Press in, e.g. with a thumb. Then hold.', 'Press in, e.g. with a thumb.'],
    ['Hold for 10 to 15 seconds.', 'Hold for 10 to 15 seconds.'],
    ['Rest 2.5 s then go on', 'Rest 2.5 s then go on'],
    ['Repeat 3 times. 10 seconds rest.', 'Repeat 3 times.'],
  ])('cuts %j to %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
});

describe('condenseSteps', () => {
  it('keeps the first sentence of each numbered step, in order (markdown-steps.test.ts covers the parsing)', () => {
    const body =
      '\n1. Sit up tall. Let your shoulders drop.\n2. Find the spot. Place your thumb there.\n3. Press in until you wince a little.\n';
    expect(condenseSteps(body)).toEqual(['Sit up tall.', 'Find the spot.', 'Press in until you wince a little.']);
  });
});

describe('dayBoxes', () => {
  it('gives left and right boxes for each side, one box otherwise', () => {
    expect(dayBoxes('each')).toEqual(['L', 'R']);
    expect(dayBoxes('one')).toEqual(['']);
  });
});

describe('firstSentence in Spanish', () => {
  it.each([
    ['Siéntate con la espalda recta. Deja caer los hombros.', 'Siéntate con la espalda recta.'],
    ['Busca el punto. ¿Te duele? Afloja.', 'Busca el punto.'],
    ['¿Te duele? Afloja un poco.', '¿Te duele?'],
    ['Apoya la pelota. Úsala como apoyo.', 'Apoya la pelota.'],
    ['Presiona, p. ej. con el pulgar. Luego mantén.', 'Presiona, p. ej. con el pulgar.'],
    ['Mantén 10 a 15 segundos.', 'Mantén 10 a 15 segundos.'],
  ])('cuts %j to %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
});
