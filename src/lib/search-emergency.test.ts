import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCorrector } from './search-suggest';
import { createEmergencyMatcher, wordMatches, type EmergencyData, type SearchSign } from './search-emergency';
import { bareForm } from './search-forms';
import { ENGLISH_FORMS } from './search-forms-en';
import { URGENT, type UrgentLevel } from './urgency';

/** The site's own signs and words, as the search page carries them. */
interface SafetyFile {
  levels: Record<string, { signs: { id: string; text: string; lay: string[]; noPressAreas?: string[] }[] }>;
  search: { ignore: string[]; alike: string[][] };
}
const safety = (
  JSON.parse(readFileSync(new URL('../../content/safety.json', import.meta.url), 'utf8')) as SafetyFile[]
)[0]!;
const data: EmergencyData = {
  signs: URGENT.flatMap((urgency) =>
    safety.levels[urgency]!.signs.map((sign): SearchSign => ({
      ...sign,
      urgency,
      noPressAreas: sign.noPressAreas ?? [],
    })),
  ),
  words: safety.search,
};
const matcher = createEmergencyMatcher(data, ENGLISH_FORMS);
const urgencyOf = (query: string): UrgentLevel | undefined => matcher.match(query)?.urgency;

describe('emergency searches, in medical names and in readers own words', () => {
  it.each([
    ['chest pain', 'emergency', 'chest'],
    ['chest pian', 'emergency', 'chest'],
    ['pressure in my chest', 'emergency', 'chest'],
    ['tight chest', 'emergency', 'chest'],
    ['heart attack', 'emergency', 'chest'],
    ['hart attack symptoms', 'emergency', 'chest'],
    ["can't breathe", 'emergency', 'breath'],
    ['cant breath', 'emergency', 'breath'],
    ['shortness of breath', 'emergency', 'breath'],
    ['jaw pain and sweating', 'emergency', 'heart-spread'],
    ['my arm feels heavy', 'emergency', 'heart-spread'],
    ['sweating and feeling sick with a jaw ache', 'emergency', 'heart-spread'],
    ['shoulder pain short of breath', 'emergency', 'heart-spread'],
    ['worst headache of my life', 'emergency', 'thunderclap'],
    ['stroke', 'emergency', 'stroke'],
    ['face drooping', 'emergency', 'stroke'],
    ['slurred speech', 'emergency', 'stroke'],
    ['suddenly confused', 'emergency', 'stroke-sudden'],
    ['sudden loss of balance', 'emergency', 'stroke-sudden'],
    ['numb groin', 'emergency', 'saddle'],
    ['pins and needles between my legs', 'emergency', 'saddle'],
    ['tingling around my bottom', 'emergency', 'saddle'],
    ['no feeling between legs', 'emergency', 'saddle'],
    ['numb when I wipe', 'emergency', 'saddle'],
    ['no feeling around my bottom', 'emergency', 'saddle'],
    ["can't pee", 'emergency', 'saddle'],
    ['less feeling during sex with back pain', 'emergency', 'saddle'],
    ['stiff neck and a fever', 'emergency', 'meningitis'],
    ['light hurts my eyes headache', 'emergency', 'meningitis'],
    ['rash that doesnt fade', 'emergency', 'meningitis'],
    ['neck pain and dizzy', 'emergency', 'neck-artery'],
    ['trouble swallowing', 'emergency', 'neck-artery'],
    ['coughing up blood', 'emergency', 'clot-breath'],
    ['tearing pain between shoulder blades', 'emergency', 'tearing'],
    ['sudden severe lower back pain', 'emergency', 'belly-back'],
    ['hit my head and vomiting', 'emergency', 'head-injury'],
    ['bumped head on blood thinners', 'emergency', 'head-injury'],
    ['neck pain after car crash', 'emergency', 'neck-injury'],
    ["can't put weight on my leg after a fall", 'emergency', 'cannot-stand'],
    ['foot cold and numb', 'emergency', 'cold-leg'],
    ['dark urine after workout', 'emergency', 'dark-urine'],
    ['cola colored pee', 'emergency', 'dark-urine'],
    ['severe calf pain after exercise', 'emergency', 'dark-urine'],
    ['muscle pain much worse than expected after a workout', 'emergency', 'dark-urine'],
    ['throat swelling after toothache', 'emergency', 'jaw-swelling'],
    ['clumsy hands and pins and needles', 'emergency', 'cord'],
    ['suddenly unsteady', 'emergency', 'stroke-sudden'],
    ['jaw aches when chewing with a headache', 'today', 'temples'],
    ['scalp too tender to brush my hair', 'today', 'temples'],
    ['temple pain over 50', 'today', 'temples'],
    ['swollen calf', 'today', 'clot'],
    ['calf swollen red hot', 'today', 'clot'],
    ['dvt', 'today', 'clot'],
    ['calf pain after long flight', 'today', 'clot-risk'],
    ['hot swollen knee with fever', 'today', 'joint-infection'],
    ['red hot skin spreading', 'today', 'skin-infection'],
    ['diabetic foot swollen', 'today', 'diabetic-foot'],
    ['heard a snap at the back of my ankle', 'today', 'achilles'],
    ['cancer history and new back pain', 'today', 'cancer-pain'],
    ['swollen jaw and fever', 'today', 'tooth'],
  ])('"%s" is %s (%s)', (query, urgency, id) => {
    expect(matcher.match(query)).toMatchObject({ urgency, id });
  });

  it.each([
    'shoulder pain',
    'tennis ball',
    'stiff neck',
    'lower back pain',
    'severe lower back pain',
    'headache',
    'tension headache',
    'temples',
    'jaw clenching',
    'jaw pain when chewing',
    'knot between shoulder blades',
    'tight calves',
    'sore calves after running',
    'shin splints',
    'foam roller',
    'blood thinners',
    'numb hand',
    'numb toes',
    'heat pack for neck pain',
    'breathe slowly',
    'warm up legs',
    'can i see a doctor',
    'pregnant',
    'sciatica',
    'tight hamstrings',
    'sore feet in the morning',
    '',
    'aaaa',
  ])('"%s" is an ordinary search', (query) => {
    expect(urgencyOf(query)).toBeUndefined();
  });
});

describe('wordMatches and bareForm', () => {
  it.each([
    ['pian', 'pain', true],
    ['atack', 'attack', true],
    ['breathing', 'breath', true],
    ['brethe', 'breathe', true],
    ['can', 'cant', false],
    ['heat', 'heart', false],
    ['head', 'heart', false],
    ['xhest', 'chest', false],
  ])('"%s" stands for "%s": %s', (typed, word, expected) => {
    expect(wordMatches(typed, word, new Set(ENGLISH_FORMS.notTypos))).toBe(expected);
  });

  it.each([
    ['chewing', 'chew'],
    ['aches', 'ach'],
    ['aching', 'ach'],
    ['ache', 'ach'],
    ['legs', 'leg'],
    ['pass', 'pass'],
  ])('the bare form of "%s" is "%s"', (word, bare) => {
    expect(bareForm(word, ENGLISH_FORMS)).toBe(bare);
  });
});

describe('the lay words', () => {
  it('find their own sign, or one more urgent, so no phrase is dead', () => {
    const order = (urgency: UrgentLevel) => URGENT.indexOf(urgency);
    for (const sign of data.signs)
      for (const phrase of sign.lay) {
        const found = matcher.match(phrase.replaceAll('/', ' '));
        expect(found, `${sign.id}: "${phrase}"`).toBeDefined();
        expect(order(found!.urgency), `${sign.id}: "${phrase}"`).toBeLessThanOrEqual(order(sign.urgency));
      }
  });

  it('are never rewritten by "Did you mean", even against a vocabulary full of near words', () => {
    const correct = createCorrector(
      { words: 'head attach chess pan breast groan stoke', primary: 7, fixes: {} },
      ENGLISH_FORMS,
      matcher.words,
    );
    for (const query of ['heart attack ', 'chest pain ', 'numb groin ', 'cant breathe ', 'stroke '])
      expect(correct(query)).toBeUndefined();
  });
});
