import { describe, expect, it } from 'vitest';
import { es } from '../i18n/es';
import { formatDose, type Dose } from './dose';
import { routineDoseNote } from './routine-dose';

const untilEases: Dose = { kind: 'until-eases', seconds: { min: 120, max: 300 }, sides: 'one' };

describe('routineDoseNote', () => {
  it('says nothing when the routine keeps the technique dose', () => {
    expect(routineDoseNote(untilEases, { ...untilEases })).toBeUndefined();
  });

  it('says in words that a shorter dose is shorter, and gives the full one', () => {
    const hold: Dose = { kind: 'hold', seconds: { min: 30, max: 30 }, reps: 1, sides: 'each', restSeconds: 0 };
    expect(routineDoseNote(untilEases, hold)).toBe(
      'Shortened for this routine: follow the time above. On its own page: stay on the spot until it eases, 2-5 min.',
    );
  });

  it('says so when a dose is longer or only different', () => {
    const longer: Dose = { ...untilEases, seconds: { min: 300, max: 360 } };
    expect(routineDoseNote(untilEases, longer)).toMatch(/^Lengthened/);
    const overlapping: Dose = { ...untilEases, seconds: { min: 60, max: 180 } };
    expect(routineDoseNote(untilEases, overlapping)).toMatch(/^Changed/);
  });
});

describe('routineDoseNote in Spanish', () => {
  const spanish = { formatDose: (dose: Dose) => formatDose(dose, es.timer), doseNote: es.routine.doseNote };

  it('says in Spanish that a shorter dose is shorter, and gives the full one', () => {
    const hold: Dose = { kind: 'hold', seconds: { min: 30, max: 30 }, reps: 1, sides: 'each', restSeconds: 0 };
    expect(routineDoseNote(untilEases, hold, spanish)).toBe(
      'Aquí es más corto: sigue el tiempo de arriba. En su página: quédate en el punto hasta que el dolor ceda, 2 a 5 min.',
    );
  });

  it('says so when a dose is longer or only different', () => {
    expect(routineDoseNote(untilEases, { ...untilEases, seconds: { min: 300, max: 360 } }, spanish)).toMatch(
      /^Aquí es más largo: /,
    );
    expect(routineDoseNote(untilEases, { ...untilEases, seconds: { min: 60, max: 180 } }, spanish)).toMatch(
      /^Aquí cambia: /,
    );
    expect(routineDoseNote(untilEases, { ...untilEases }, spanish)).toBeUndefined();
  });
});
