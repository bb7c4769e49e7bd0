import { describe, expect, it } from 'vitest';
import { technique as es } from '../i18n/es/technique';
import { ladderWords } from './tool-ladder';

const tools = [
  { id: 'tennis-ball', title: 'Tennis ball', firmness: 3 },
  { id: 'hands', title: 'Hands and elbows', firmness: 1 },
  { id: 'foam-roller', title: 'Foam roller', firmness: 2 },
];

describe('ladderWords', () => {
  it('places a tool between its neighbours by firmness', () => {
    expect(ladderWords(tools, 'foam-roller')).toBe(
      'Step 2 of 3 on the tool ladder, after hands and elbows and before tennis ball.',
    );
  });
  it('names the ends of the ladder', () => {
    expect(ladderWords(tools, 'hands')).toBe('Step 1 of 3 on the tool ladder: the softest, before foam roller.');
    expect(ladderWords(tools, 'tennis-ball')).toBe('Step 3 of 3 on the tool ladder: the firmest, after foam roller.');
  });
});

describe('ladderWords in Spanish', () => {
  const herramientas = [
    { id: 'tennis-ball', title: 'Pelota de tenis', firmness: 3 },
    { id: 'hands', title: 'Manos', firmness: 1 },
    { id: 'foam-roller', title: 'Rodillo de espuma', firmness: 2 },
  ];

  it('places a tool between its neighbours, and names the ends', () => {
    expect(ladderWords(herramientas, 'foam-roller', es)).toBe(
      'Paso 2 de 3 en la escalera de herramientas, después de manos y antes de pelota de tenis.',
    );
    expect(ladderWords(herramientas, 'hands', es)).toBe(
      'Paso 1 de 3 en la escalera de herramientas: la más suave, antes de rodillo de espuma.',
    );
    expect(ladderWords(herramientas, 'tennis-ball', es)).toBe(
      'Paso 3 de 3 en la escalera de herramientas: la más firme, después de rodillo de espuma.',
    );
  });
});
