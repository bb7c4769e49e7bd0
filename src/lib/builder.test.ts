import { describe, expect, it } from 'vitest';
import { builderScript } from '../i18n/en/builder';
import { builderScript as es } from '../i18n/es/builder';
import { listWords } from './labels';
import {
  changeMessage,
  linkedIds,
  MAX_PICKS,
  movePick,
  picksQuery,
  pickerLabel,
  readNotes,
  readPicks,
  type Pick,
} from './builder';
import { doseChoices } from './builder-dose';
import type { Dose } from './dose';

const hold: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 };
const passes: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'one' };
const keysOf = (dose: Dose) => doseChoices(dose).map((choice) => choice.key);
const doses = new Map<string, string[]>([
  ['neck-line-trace', keysOf(passes)],
  ['shoulder-grip-hold', keysOf(hold)],
  ...Array.from({ length: 8 }, (_, i): [string, string[]] => [`extra-${i + 1}`, keysOf(passes)]),
]);
const titleOf = (id: string) => `Title of ${id}`;

describe('linkedIds', () => {
  it('lists the ids a link names, lower case, once each, in order, without dose keys', () => {
    expect(linkedIds(' Neck-Line-Trace ,shoulder-grip-hold:15x1,neck-line-trace,,')).toEqual([
      'neck-line-trace',
      'shoulder-grip-hold',
    ]);
  });

  it('is empty without a link', () => {
    expect(linkedIds(null)).toEqual([]);
  });

  it(`stops at 10 ids, so a long link cannot set off a flood of requests`, () => {
    const ids = Array.from({ length: 50 }, (_, index) => `t${index}`);
    expect(linkedIds(ids.join(','))).toEqual(ids.slice(0, 10));
  });
});

describe('readPicks', () => {
  it('reads ids in order, with a dose where the link gives one', () => {
    expect(readPicks('neck-line-trace,shoulder-grip-hold:15x1', doses)).toEqual({
      picks: [
        { id: 'neck-line-trace', key: '' },
        { id: 'shoulder-grip-hold', key: '15x1' },
      ],
      unknown: [],
      doseReset: [],
      dropped: [],
    });
  });

  it('skips unknown ids and keeps the rest', () => {
    const read = readPicks('no-such-thing,neck-line-trace,Also Missing', doses);
    expect(read.picks).toEqual([{ id: 'neck-line-trace', key: '' }]);
    expect(read.unknown).toEqual(['no-such-thing', 'Also Missing']);
  });

  it('uses the guide’s dose when the link’s dose is not offered', () => {
    const read = readPicks('shoulder-grip-hold:600x9', doses);
    expect(read.picks).toEqual([{ id: 'shoulder-grip-hold', key: '' }]);
    expect(read.doseReset).toEqual(['shoulder-grip-hold']);
  });

  it('tolerates spaces, capitals, repeats and empty parts', () => {
    expect(readPicks(' Neck-Line-Trace , ,neck-line-trace,', doses).picks).toEqual([
      { id: 'neck-line-trace', key: '' },
    ]);
  });

  it(`keeps at most ${MAX_PICKS} techniques`, () => {
    const ids = Array.from({ length: 8 }, (_, i) => `extra-${i + 1}`);
    const read = readPicks(ids.join(','), doses);
    expect(read.picks).toHaveLength(MAX_PICKS);
    expect(read.dropped).toEqual(ids.slice(MAX_PICKS));
  });

  it.each([null, ''])('reads %j as nothing picked', (param) => {
    expect(readPicks(param, doses)).toEqual({ picks: [], unknown: [], doseReset: [], dropped: [] });
  });
});

describe('picksQuery', () => {
  it('writes readable ids, a dose only where one was picked, and round-trips', () => {
    const picks: Pick[] = [
      { id: 'neck-line-trace', key: '' },
      { id: 'shoulder-grip-hold', key: '15x1' },
    ];
    const query = picksQuery(picks);
    expect(query).toBe('?t=neck-line-trace,shoulder-grip-hold:15x1');
    expect(readPicks(new URLSearchParams(query).get('t'), doses).picks).toEqual(picks);
  });

  it('is empty when nothing is picked', () => {
    expect(picksQuery([])).toBe('');
  });
});

describe('pickerLabel', () => {
  it('marks the guide’s own dose and drops the full stop', () => {
    expect(pickerLabel('', 'Hold 10-15 s, 3 times.', builderScript)).toBe('Hold 10-15 s, 3 times (as in the guide)');
    expect(pickerLabel('15x1', 'Hold 15 s.', builderScript)).toBe('Hold 15 s');
  });
});

describe('movePick', () => {
  const picks: Pick[] = ['a', 'b', 'c'].map((id) => ({ id, key: '' }));
  const ids = (list: Pick[]) => list.map((pick) => pick.id).join('');
  it.each([
    [1, -1, 'bac'],
    [1, 1, 'acb'],
    [0, -1, 'abc'],
    [2, 1, 'abc'],
    [5, -1, 'abc'],
  ])('moves the pick at %i by %i', (index, by, order) => {
    expect(ids(movePick(picks, index, by))).toBe(order);
  });
});

describe('changeMessage', () => {
  it.each([
    [{ kind: 'added', title: 'Neck', count: 2 } as const, `Added Neck. 2 of ${MAX_PICKS} chosen.`],
    [{ kind: 'removed', title: 'Neck', count: 0 } as const, `Removed Neck. 0 of ${MAX_PICKS} chosen.`],
    [{ kind: 'moved', title: 'Neck', place: 1, count: 3 } as const, 'Neck is now number 1 of 3.'],
  ])('says %j as %j', (change, sentence) => {
    expect(changeMessage(change, builderScript)).toBe(sentence);
  });
});

describe('readNotes', () => {
  it('says nothing when the whole link was used', () => {
    expect(readNotes(readPicks('neck-line-trace', doses), titleOf, builderScript)).toEqual([]);
  });

  it('names each skipped id, and the techniques whose dose was reset or left out', () => {
    const ids = ['nope', 'shoulder-grip-hold:1x1', ...Array.from({ length: MAX_PICKS }, (_, i) => `extra-${i + 1}`)];
    expect(readNotes(readPicks(ids.join(','), doses), titleOf, builderScript)).toEqual([
      'The link named a technique we could not find, so we skipped it: "nope".',
      "The link asked for a dose we do not offer, so we used the guide's dose for Title of shoulder-grip-hold.",
      `A routine holds up to ${MAX_PICKS} techniques, so we left out Title of extra-${MAX_PICKS}.`,
    ]);
    expect(readNotes(readPicks('a,b', doses), titleOf, builderScript)).toEqual([
      'The link named techniques we could not find, so we skipped them: "a" and "b".',
    ]);
  });
});

describe('in Spanish', () => {
  it('marks the guide’s own dose', () => {
    expect(pickerLabel('', 'Mantén 10-15 s, 3 veces.', es)).toBe('Mantén 10-15 s, 3 veces (como en la guía)');
    expect(pickerLabel('15x1', 'Mantén 15 s.', es)).toBe('Mantén 15 s');
  });

  it.each([
    [{ kind: 'added', title: 'Cuello', count: 2 } as const, `Agregaste Cuello. Llevas 2 de ${MAX_PICKS}.`],
    [{ kind: 'removed', title: 'Cuello', count: 0 } as const, `Quitaste Cuello. Llevas 0 de ${MAX_PICKS}.`],
    [{ kind: 'moved', title: 'Cuello', place: 1, count: 3 } as const, 'Ahora Cuello va en el lugar 1 de 3.'],
  ])('says %j as %j', (change, sentence) => {
    expect(changeMessage(change, es)).toBe(sentence);
  });

  it('says what it did with a link it could not use as it was, listing with "y", or "e" before an "i" sound', () => {
    const ids = ['nope', 'shoulder-grip-hold:1x1', ...Array.from({ length: MAX_PICKS }, (_, i) => `extra-${i + 1}`)];
    expect(readNotes(readPicks(ids.join(','), doses), titleOf, es)).toEqual([
      'El enlace nombraba una técnica que no encontramos, así que la saltamos: “nope”.',
      'El enlace pedía una dosis que no ofrecemos, así que usamos la dosis de la guía para Title of shoulder-grip-hold.',
      `Una rutina tiene hasta ${MAX_PICKS} técnicas, así que dejamos fuera Title of extra-${MAX_PICKS}.`,
    ]);
    expect(readNotes(readPicks('a,b,c', doses), titleOf, es)).toEqual([
      'El enlace nombraba técnicas que no encontramos, así que las saltamos: “a”, “b” y “c”.',
    ]);
    expect(es.doseReset(['Cuello: sigue la línea del dolor', 'Isquiotibiales: rodillo de espuma'])).toBe(
      'El enlace pedía una dosis que no ofrecemos, así que usamos la dosis de la guía para Cuello: sigue la línea del dolor e Isquiotibiales: rodillo de espuma.',
    );
  });
});

describe('the English words of a link it could not use', () => {
  it('list names as listWords does everywhere else', () => {
    const names = ['Neck', 'Feet', 'Hips'];
    expect(builderScript.doseReset(names)).toBe(
      `The link asked for a dose we do not offer, so we used the guide's dose for ${listWords(names)}.`,
    );
  });
});
