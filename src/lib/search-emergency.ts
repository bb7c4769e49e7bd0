/**
 * Emergency words in search: a query that names an emergency or urgent sign
 * ("chest pain", "worst headache", "numb groin") gets a box above the results
 * saying what to do, and no "Did you mean". Pure and small: it runs in the
 * browser on every search. Forgiving of typos ("chest pian", "heart atack").
 */
import { editDistance, searchWords } from './search-suggest';
import type { UrgentLevel } from './urgency';

/** A sign search looks for: each group of words must be matched by one word of the query. */
interface Rule {
  urgency: UrgentLevel;
  all: readonly (readonly string[])[];
}

const PAIN = [
  'pain',
  'pains',
  'painful',
  'pressure',
  'tight',
  'tightness',
  'hurt',
  'hurts',
  'hurting',
  'ache',
  'aching',
  'squeezing',
  'heavy',
  'heaviness',
  'discomfort',
  'crushing',
];
const CANT = [
  'cant',
  'cannot',
  'unable',
  'trouble',
  'hard',
  'difficult',
  'difficulty',
  'struggling',
  'short',
  'shortness',
];
const BREATH = ['breathe', 'breath', 'breathing'];
const HEADACHE = ['headache', 'headaches', 'head'];
const NUMB = ['numb', 'numbness', 'tingling', 'tingly', 'pins'];
const WEAK_NUMB = ['weak', 'weakness', 'numb', 'numbness', 'paralysed', 'paralyzed'];
const SADDLE = ['groin', 'saddle', 'genitals', 'genital', 'crotch', 'perineum', 'buttock', 'buttocks'];
const PEE = ['pee', 'peeing', 'urinate', 'urinating', 'urine', 'wee'];
const UPPER = ['arm', 'arms', 'jaw', 'shoulder', 'shoulders', 'neck', 'back'];
const HEART_SIGNS = ['sweat', 'sweating', 'sweaty', 'clammy', 'nausea', 'nauseous', 'breathless'];
const LEG = ['calf', 'calves', 'leg', 'legs', 'shin'];
const OLDER = ['50', '55', '60', '65', '70', '75', '80', 'fifty', 'sixty', 'seventy', 'older', 'elderly', 'senior'];

/** The signs, most urgent first: the first rule a query meets decides the box. */
const RULES: readonly Rule[] = [
  { urgency: 'emergency', all: [['emergency']] },
  { urgency: 'emergency', all: [['chest'], PAIN] },
  {
    urgency: 'emergency',
    all: [
      ['heart', 'cardiac'],
      ['attack', 'arrest', 'pain'],
    ],
  },
  { urgency: 'emergency', all: [CANT, BREATH] },
  { urgency: 'emergency', all: [['not', 'no'], BREATH] },
  { urgency: 'emergency', all: [['breathless', 'breathlessness', 'suffocating', 'choking']] },
  { urgency: 'emergency', all: [UPPER, HEART_SIGNS] },
  { urgency: 'emergency', all: [['worst', 'sudden', 'suddenly', 'severe', 'explosive', 'exploding'], HEADACHE] },
  { urgency: 'emergency', all: [['thunderclap']] },
  {
    urgency: 'emergency',
    all: [
      ['face', 'facial', 'mouth', 'smile'],
      ['droop', 'drooping', 'droopy', 'drooped', 'sagging'],
    ],
  },
  { urgency: 'emergency', all: [['slurred', 'slurring', 'slur']] },
  { urgency: 'emergency', all: [['stroke'], ['symptom', 'symptoms', 'sign', 'signs', 'having', 'warning']] },
  { urgency: 'emergency', all: [CANT, ['speak', 'talk', 'see', 'seeing']] },
  { urgency: 'emergency', all: [WEAK_NUMB, ['sudden', 'suddenly']] },
  { urgency: 'emergency', all: [WEAK_NUMB, ['one', 'half'], ['side']] },
  { urgency: 'emergency', all: [WEAK_NUMB, ['face']] },
  { urgency: 'emergency', all: [NUMB, SADDLE] },
  { urgency: 'emergency', all: [NUMB, ['inner'], ['thigh', 'thighs']] },
  { urgency: 'emergency', all: [['saddle'], ['anesthesia', 'anaesthesia', 'area']] },
  { urgency: 'emergency', all: [['cauda', 'equina']] },
  { urgency: 'emergency', all: [CANT, PEE] },
  {
    urgency: 'emergency',
    all: [
      ['lost', 'loss', 'losing', 'lose', 'no'],
      ['bladder', 'bowel', 'bowels'],
    ],
  },
  { urgency: 'emergency', all: [['leaking', 'leak', 'wetting'], PEE] },
  { urgency: 'emergency', all: [['incontinence', 'incontinent']] },
  {
    urgency: 'emergency',
    all: [
      ['vision', 'sight', 'eyesight'],
      ['loss', 'lost', 'losing', 'lose', 'double', 'blurry', 'blurred', 'dark', 'shade', 'shadow', 'gone'],
    ],
  },
  { urgency: 'emergency', all: [['blind', 'blindness']] },
  { urgency: 'today', all: [['swollen', 'swelling', 'swells', 'hot', 'red', 'redness', 'puffy'], LEG] },
  { urgency: 'today', all: [['clot', 'clots', 'dvt', 'thrombosis']] },
  { urgency: 'today', all: [['deep'], ['vein', 'veins']] },
  { urgency: 'today', all: [['temple', 'temples', 'temporal', 'scalp', 'jaw'], OLDER] },
  { urgency: 'today', all: [['arteritis']] },
  { urgency: 'today', all: [['giant'], ['cell']] },
];

/** Every word the rules know: search never "corrects" these, and /safety/ lists them as keywords. */
export const EMERGENCY_WORDS: readonly string[] = [...new Set(RULES.flatMap((rule) => rule.all.flat()))].filter(
  (word) => !/\d/.test(word),
);

/** The phrases readers type for emergencies: /safety/'s search keywords, so it ranks first for them. */
export const EMERGENCY_KEYWORDS: readonly string[] = [
  'emergency',
  'chest pain',
  'chest pressure',
  'heart attack',
  'cant breathe',
  'short of breath',
  'shortness of breath',
  'breathless',
  'arm pain with chest pain',
  'jaw pain with chest pain',
  'worst headache',
  'worst headache of my life',
  'sudden severe headache',
  'thunderclap headache',
  'face drooping',
  'slurred speech',
  'sudden weakness on one side',
  'sudden numbness',
  'stroke signs',
  'numb groin',
  'saddle numbness',
  'cauda equina',
  'cant pee',
  'lost bladder control',
  'lost bowel control',
  'incontinence',
  'swollen calf',
  'hot red calf',
  'swollen leg',
  'blood clot',
  'DVT',
  'deep vein thrombosis',
  'vision loss',
  'double vision',
  'blind',
  'temple pain over 50',
  'giant cell arteritis',
];

/** Real words one slip from a sign's word: never read as that word ("heat pack" is not "heart"). */
const NOT_TYPOS = new Set(['heat', 'hear', 'heal', 'hand', 'week', 'call', 'calm', 'chess', 'last', 'list', 'site']);

/**
 * The words that name an emergency and little else: /safety/ is weighted heaviest for
 * these alone, so "worst headache" finds it first while "headache" still finds Head.
 */
export const EMERGENCY_TERMS: readonly string[] = [
  'emergency',
  'chest',
  'heart',
  'attack',
  'cant',
  'breathe',
  'breath',
  'breathless',
  'shortness',
  'worst',
  'sudden',
  'severe',
  'thunderclap',
  'drooping',
  'slurred',
  'stroke',
  'groin',
  'saddle',
  'cauda',
  'equina',
  'pee',
  'bladder',
  'bowel',
  'incontinence',
  'swollen',
  'clot',
  'dvt',
  'thrombosis',
  'blind',
  'arteritis',
];

/** Words of the ask-first conditions, which /safety/ is also the hub for ("blood thinners"). */
export const ASK_FIRST_TERMS: readonly string[] = [
  'thinners',
  'bleeding',
  'tumor',
  'metabolic',
  'wound',
  'fracture',
  'osteoporosis',
  'pregnant',
  'pregnancy',
  'varicose',
  'diabetes',
];

/** Joins contractions first, so "can't" reads as "cant". */
function queryWords(query: string): string[] {
  return searchWords(query.replace(/['’]/g, ''));
}

/**
 * Whether a typed word stands for a rule's word: the same, a longer form of it
 * ("breathing" for "breath"), or a slip of the keys with the same first letter.
 * Short words must keep their length, so "can" is never "cant".
 */
export function wordMatches(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (NOT_TYPOS.has(typed) || typed[0] !== word[0] || /\d/.test(word) || word.length < 4) return false;
  if (word.length >= 5 && typed.startsWith(word)) return true;
  if (word.length <= 4) return typed.length === word.length && editDistance(typed, word, 1) <= 1;
  const allowance = word.length >= 8 ? 2 : 1;
  return editDistance(typed, word, allowance) <= allowance;
}

/** The most urgent level a query names, or undefined for an ordinary search. */
export function emergencyFor(query: string): UrgentLevel | undefined {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  const has = (group: readonly string[]) => words.some((typed) => group.some((word) => wordMatches(typed, word)));
  return RULES.find((rule) => rule.all.every(has))?.urgency;
}
