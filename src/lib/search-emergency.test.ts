import { describe, expect, it } from 'vitest';
import { createCorrector } from './search-suggest';
import { EMERGENCY_KEYWORDS, EMERGENCY_TERMS, EMERGENCY_WORDS, emergencyFor, wordMatches } from './search-emergency';

describe('emergencyFor', () => {
  it.each([
    ['chest pain', 'emergency'],
    ['chest pian', 'emergency'],
    ['pressure in my chest', 'emergency'],
    ['tight chest', 'emergency'],
    ['heart attack', 'emergency'],
    ['heart atack', 'emergency'],
    ['hart attack symptoms', 'emergency'],
    ["can't breathe", 'emergency'],
    ['cant breathe', 'emergency'],
    ['cant breath', 'emergency'],
    ['short of breath', 'emergency'],
    ['shortness of breath', 'emergency'],
    ['trouble breathing', 'emergency'],
    ['arm pain with chest pain', 'emergency'],
    ['jaw pain and chest pressure', 'emergency'],
    ['shoulder pain and sweating', 'emergency'],
    ['worst headache of my life', 'emergency'],
    ['sudden severe headache', 'emergency'],
    ['worst headache', 'emergency'],
    ['thunderclap headache', 'emergency'],
    ['thunderclap', 'emergency'],
    ['face drooping', 'emergency'],
    ['drooping face', 'emergency'],
    ['slurred speech', 'emergency'],
    ['sudden weakness on one side', 'emergency'],
    ['numb on one side of body', 'emergency'],
    ['sudden numbness', 'emergency'],
    ['numb groin', 'emergency'],
    ['saddle numbness', 'emergency'],
    ['tingling in groin and back pain', 'emergency'],
    ["can't pee", 'emergency'],
    ['cant pee back pain', 'emergency'],
    ['lost bladder control', 'emergency'],
    ['loss of bowel control', 'emergency'],
    ['vision loss', 'emergency'],
    ['double vision with headache', 'emergency'],
    ['calf swollen red hot', 'today'],
    ['swollen calf', 'today'],
    ['hot red leg', 'today'],
    ['blood clot', 'today'],
    ['dvt', 'today'],
    ['temple pain over 50', 'today'],
    ['giant cell arteritis', 'today'],
  ])('"%s" is %s', (query, urgency) => {
    expect(emergencyFor(query)).toBe(urgency);
  });

  it.each([
    'shoulder pain',
    'tennis ball',
    'stiff neck',
    'lower back pain',
    'headache',
    'tension headache',
    'temples',
    'jaw clenching',
    'knot under my shoulder blade',
    'tight calves',
    'sore calves after running',
    'foam roller',
    'blood thinners',
    'numb hand',
    'numb toes',
    'heat pack for neck pain',
    'cheek strokes',
    'breathe slowly',
    'warm up legs',
    'can i see a doctor',
    '',
    'aaaa',
  ])('"%s" is an ordinary search', (query) => {
    expect(emergencyFor(query)).toBeUndefined();
  });
});

describe('wordMatches', () => {
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
    expect(wordMatches(typed, word)).toBe(expected);
  });
});

describe('the emergency words', () => {
  it('are all recognised from /safety/ keywords, so search and ranking agree', () => {
    for (const keyword of EMERGENCY_KEYWORDS) {
      expect(emergencyFor(keyword), keyword).toBeDefined();
    }
  });

  it('are never rewritten by "Did you mean", even against a vocabulary full of near words', () => {
    const correct = createCorrector(
      { words: 'head attach chess pan breast groan', primary: 6, fixes: {} },
      EMERGENCY_WORDS,
    );
    for (const query of ['heart attack ', 'chest pain ', 'numb groin ', 'cant breathe '])
      expect(correct(query)).toBeUndefined();
  });
});

describe('EMERGENCY_TERMS', () => {
  it('are each a word the rules know, so /safety/ is weighted for what search warns about', () => {
    for (const term of EMERGENCY_TERMS) expect(EMERGENCY_WORDS, term).toContain(term);
  });
});
