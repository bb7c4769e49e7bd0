/**
 * Emergency words in Spanish searches: the signs' Spanish lay words (content/es/safety.json, laid
 * over the English facts by id, as getSafety('es') does), read with Spanish word forms, accents
 * optional and typos forgiven.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCorrector } from './search-suggest';
import { createEmergencyMatcher, type EmergencyData, type SearchSign } from './search-emergency';
import { SPANISH_FORMS } from './search-forms-es';
import { URGENT, type UrgentLevel } from './urgency';

interface SignWords {
  id: string;
  text: string;
  lay: string[];
  noPressAreas?: string[];
}
interface SafetyFile {
  levels: Record<string, { signs: SignWords[] }>;
  search: { ignore: string[]; alike: string[][] };
}
const read = (path: string) =>
  (JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as SafetyFile[])[0]!;
const english = read('safety.json');
const spanish = read('es/safety.json');

const data: EmergencyData = {
  signs: URGENT.flatMap((urgency) =>
    english.levels[urgency]!.signs.map((sign): SearchSign => {
      const words = spanish.levels[urgency]!.signs.find((each) => each.id === sign.id)!;
      return { id: sign.id, urgency, text: words.text, lay: words.lay, noPressAreas: sign.noPressAreas ?? [] };
    }),
  ),
  words: spanish.search,
};
const matcher = createEmergencyMatcher(data, SPANISH_FORMS);
const urgencyOf = (query: string): UrgentLevel | undefined => matcher.match(query)?.urgency;

describe('Spanish emergency searches: the words issue 23 names, as readers type them', () => {
  it.each([
    ['dolor de pecho', 'emergency', 'chest'],
    ['infarto', 'emergency', 'chest'],
    ['no puedo respirar', 'emergency', 'breath'],
    ['el peor dolor de cabeza', 'emergency', 'thunderclap'],
    ['cara caída', 'emergency', 'stroke'],
    ['derrame cerebral', 'emergency', 'stroke'],
    ['entumecimiento en la ingle', 'emergency', 'saddle'],
    ['no puedo orinar', 'emergency', 'saddle'],
    ['pantorrilla hinchada', 'today', 'clot'],
    ['coágulo', 'today', 'clot'],
  ])('"%s" is %s (%s)', (query, urgency, id) => {
    expect(matcher.match(query)).toMatchObject({ urgency, id });
  });

  it.each([
    // without accents, capitals, a slip of the keys, another form of a word
    ['dolor de pexho', 'emergency', 'chest'],
    ['DOLOR EN EL PECHO', 'emergency', 'chest'],
    ['imfarto', 'emergency', 'chest'],
    ['infrato', 'emergency', 'chest'],
    ['no puedo respirrar', 'emergency', 'breath'],
    ['no pudo respirar', 'emergency', 'breath'],
    ['el peor dolor de cabesa', 'emergency', 'thunderclap'],
    ['el pior dolor de cabeza de mi vida', 'emergency', 'thunderclap'],
    ['cara caida', 'emergency', 'stroke'],
    ['cara caido', 'emergency', 'stroke'],
    ['la cara se me cayo', 'emergency', 'stroke'],
    ['derrame serebral', 'emergency', 'stroke'],
    ['derame cerebral', 'emergency', 'stroke'],
    ['entumesimiento en la ingle', 'emergency', 'saddle'],
    ['ingle entumecida', 'emergency', 'saddle'],
    ['no puedo orinal', 'emergency', 'saddle'],
    ['no puedo hacer pipi', 'emergency', 'saddle'],
    ['pantorilla hinchada', 'today', 'clot'],
    ['pantorrilla inchada', 'today', 'clot'],
    ['pantorrillas hinchadas', 'today', 'clot'],
    ['coagulo', 'today', 'clot'],
    ['coagulos', 'today', 'clot'],
    ['cuagulo', 'today', 'clot'],
    ['coágulo de sangre en la pierna', 'today', 'clot'],
    // other ways readers say them
    ['me duele el pecho', 'emergency', 'chest'],
    ['ataque al corazon', 'emergency', 'chest'],
    ['me falta el aire', 'emergency', 'breath'],
    ['no puedo hacer pis', 'emergency', 'saddle'],
    ['entrepierna dormida', 'emergency', 'saddle'],
    ['pierna hinchada y roja', 'today', 'clot'],
    ['trombo', 'today', 'clot'],
  ])('"%s" is %s (%s)', (query, urgency, id) => {
    expect(matcher.match(query)).toMatchObject({ urgency, id });
  });

  it.each([
    'dolor de cuello',
    'dolor de cabeza',
    'pantorrilla cargada',
    'lumbago',
    'contractura en la espalda',
    'cuello rigido',
    'dolor de hombro',
    'dolor de espalda baja',
    'pelota de tenis',
    'rodillo de espuma',
    'dolor de cabeza tensional',
    'gemelos cargados',
    'pantorrillas tensas despues de correr',
    'isquiotibiales',
    'nudo en la espalda',
    'apretar los dientes',
    'cara',
    'pecho',
    'es seguro', // not "ceguera"
    'dolor en las sienes', // not "ciego"
    'cuero cabelludo adolorido', // not "cuello"
    'dolor en la parte de atrás de la cabeza', // "atrás" is not "atroz"
    '',
    'aaaa',
  ])('"%s" is an ordinary search', (query) => {
    expect(urgencyOf(query)).toBeUndefined();
  });
});

describe('the Spanish lay words', () => {
  it('find their own sign, or one more urgent, so no phrase is dead', () => {
    const order = (urgency: UrgentLevel) => URGENT.indexOf(urgency);
    for (const sign of data.signs)
      for (const phrase of sign.lay) {
        const found = matcher.match(phrase.replaceAll('/', ' '));
        expect(found, `${sign.id}: "${phrase}"`).toBeDefined();
        expect(order(found!.urgency), `${sign.id}: "${phrase}"`).toBeLessThanOrEqual(order(sign.urgency));
      }
  });

  it('are never rewritten by "¿Quisiste decir…?", even against a vocabulary full of near words', () => {
    const correct = createCorrector(
      { words: 'pecha techo infanto respiro cabeza caja ingles orinal coagula', primary: 9, fixes: {} },
      SPANISH_FORMS,
      matcher.words,
    );
    for (const query of ['dolor de pecho ', 'infarto ', 'no puedo respirar ', 'cara caida ', 'coagulo '])
      expect(correct(query)).toBeUndefined();
  });
});
