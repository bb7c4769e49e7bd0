import { describe, expect, it } from 'vitest';
import { numbersIn, safetyTwinProblems, stepsIn, twinProblems, type TwinFile } from './twin-check';

const english: TwinFile = {
  path: 'content/techniques/neck-line-trace.mdx',
  frontmatter: {
    title: 'Neck: trace the line of pain',
    feel: ['A dull ache that fades.', 'Looser when you finish.'],
    mistakes: ['Pressing too hard. About 4 to 5 out of 10 is enough.'],
    keywords: ['stiff neck', 'crick'],
    dose: { kind: 'passes', passes: { min: 5, max: 6 } },
  },
  body: '1. Sit up tall.\n2. Press in to about 4 to 5 out of 10.\n3. Repeat for 5 to 6 passes. See [safety](/safety/#emergency).\n',
};

const spanish = (change: Partial<TwinFile> = {}): TwinFile => ({
  path: 'content/es/techniques/neck-line-trace.mdx',
  frontmatter: {
    title: 'Cuello: sigue la línea del dolor',
    feel: ['Un dolor sordo que baja.', 'Más suelto al terminar.'],
    mistakes: ['Presionar demasiado. Más o menos 4 a 5 de 10 es suficiente.'],
    keywords: ['cuello rígido'],
  },
  body: '1. Siéntate derecho.\n2. Presiona más o menos 4 a 5 de 10.\n3. Repite 5 a 6 pasadas. Mira [seguridad](/es/safety/#emergency).\n',
  ...change,
});

describe('numbersIn and stepsIn', () => {
  it('reads the numbers a text states, in size order', () => {
    expect(numbersIn('5 to 6 passes of 10 seconds, 2.5 inches')).toEqual(['10', '2.5', '5', '6']);
    expect(numbersIn('pulgada y media (2,5 pulgadas)')).toEqual(['2.5']);
    expect(numbersIn('no numbers')).toEqual([]);
  });
  it('reads numbered steps', () => {
    expect(stepsIn('Intro.\n\n1. One.\n2. Two 2.\n- not a step')).toEqual(['One.', 'Two 2.']);
  });
});

describe('twinProblems', () => {
  it('finds nothing when the translation carries everything over', () => {
    expect(twinProblems(english, spanish(), 'es')).toEqual([]);
  });

  it('names a dropped list item, a changed number and a missing step', () => {
    const broken = spanish({
      frontmatter: { ...spanish().frontmatter, feel: ['Un dolor sordo que baja.'] },
      body: '1. Siéntate derecho.\n2. Presiona más o menos 4 de 10. Mira [seguridad](/es/safety/#emergency).\n',
    });
    expect(twinProblems(english, broken, 'es')).toEqual([
      'content/es/techniques/neck-line-trace.mdx: "feel" has 1 items; the English has 2',
      'content/es/techniques/neck-line-trace.mdx: has 2 numbered steps; the English has 3',
    ]);
    const wrongNumber = spanish({ body: spanish().body.replace('5 a 6 pasadas', '5 pasadas') });
    expect(twinProblems(english, wrongNumber, 'es')).toEqual([
      'content/es/techniques/neck-line-trace.mdx: step 3 states numbers 5; the English 5, 6',
    ]);
  });

  it('names a paragraph left out', () => {
    const prose = { ...english, body: 'One paragraph.\n\nAnother paragraph.\n' };
    const short = { ...spanish(), body: 'Un párrafo.\n' };
    expect(twinProblems(prose, short, 'es')).toEqual([
      'content/es/techniques/neck-line-trace.mdx: has 1 paragraphs; the English has 2',
    ]);
  });

  it('asks for /es/ in front of the site links', () => {
    const englishLink = spanish({ body: spanish().body.replace('/es/safety/', '/safety/') });
    expect(twinProblems(english, englishLink, 'es')).toEqual([
      'content/es/techniques/neck-line-trace.mdx: links to English pages /safety/#emergency: put /es in front',
    ]);
  });

  it('asks for the words of untimed steps when the English dose has them', () => {
    const withUntimed = { ...english, frontmatter: { ...english.frontmatter, dose: { untimed: { text: 'Roll.' } } } };
    expect(twinProblems(withUntimed, spanish(), 'es')).toEqual([
      'content/es/techniques/neck-line-trace.mdx: needs "untimed": the words of the English dose.untimed.text',
    ]);
  });
});

describe('safetyTwinProblems', () => {
  const level = (heading: string, ids: string[]) => ({
    title: 'Emergency',
    heading,
    brief: 'Do not drive.',
    action: 'Call now.',
    signs: ids.map((id) => ({ id, text: 'x', detail: 'y' })),
  });
  const ours = {
    askFirst: ['a', 'b'],
    notHere: ['c'],
    levels: { emergency: level('Call 911, 999, 112 or 000 now if', ['chest', 'stroke']) },
  };

  it('keeps every emergency number and every sign in order', () => {
    const good = {
      askFirst: ['a', 'b'],
      notHere: ['c'],
      levels: { emergency: level('Llama ya al 911, 999, 112 o 000 si', ['chest', 'stroke']) },
    };
    expect(safetyTwinProblems(ours, good, 'content/es/safety.json')).toEqual([]);
    const bad = {
      askFirst: ['a'],
      notHere: ['c'],
      levels: { emergency: level('Llama ya al 911 si', ['stroke', 'chest']) },
    };
    expect(safetyTwinProblems(ours, bad, 'content/es/safety.json')).toEqual([
      'content/es/safety.json: "askFirst" has 1 items; the English has 2',
      'content/es/safety.json: emergency.heading states numbers 911; the English 000, 112, 911, 999',
      'content/es/safety.json: emergency has signs stroke, chest; the English has chest, stroke, in that order',
    ]);
  });
});
