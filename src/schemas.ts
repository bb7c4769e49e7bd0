/**
 * Every content schema of the site: the authoring reference for content/.
 * Imported by src/content.config.ts (the build) and by the schema tests, so a
 * rule written here is enforced in both. Cross-collection ids are checked
 * against the ids that exist on disk, so a typo in `areas`, `tools`,
 * `sources` or a routine step fails the build naming the file and the field.
 */
import { z } from 'astro/zod';
import { AREA_IDS } from './lib/areas';
import type { Range } from './lib/range';
import { URGENCIES, URGENT } from './lib/urgency';
import { PRESSURE_LEVELS, type PressureLevel } from './lib/pressure';
import {
  LANDMARK_IDS,
  LANDMARKS,
  MOVEMENT_IDS,
  POSE_IDS,
  POSES,
  SIDE_IDS,
  SUPPORT_IDS,
  TOOL_IDS,
  VIEW_IDS,
} from './lib/figure';

/** Ids of the entries that exist, passed in so tests can use fixtures. */
export interface KnownIds {
  techniques: readonly string[];
  tools: readonly string[];
  sources: readonly string[];
}

/** An id that must name an entry of `collection`; the error lists the choices. */
function idIn(collection: string, ids: readonly string[]) {
  return z.string().refine((id) => ids.includes(id), {
    error: (issue) => `Unknown ${collection} id "${String(issue.input)}". Expected one of: ${ids.join(', ')}`,
  });
}

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, for example "neck-line-trace"');

/** A short sentence a reader sees; keeps summaries and descriptions honest in length. */
const sentence = (max: number) => z.string().trim().min(10).max(max);

/**
 * A whole number of units, or a range written as { min, max }. Always read
 * back as a Range. `label` names the unit in error messages.
 */
function rangeOf(label: string, floor: number) {
  const whole = z.number().int(`${label} must be a whole number`).min(floor, `${label} must be at least ${floor}`);
  return z
    .union([whole, z.object({ min: whole, max: whole })])
    .transform((value): Range => (typeof value === 'number' ? { min: value, max: value } : value))
    .refine((range) => range.min <= range.max, `${label}: min must not be more than max`);
}

const sides = z.enum(['one', 'each']).describe('"each" when the reader does the left and right side in turn');

/**
 * Steps the timer does not time, done after the dose: the head rolls after a
 * neck press. The timer names them when the dose ends and waits for the
 * reader, so a technique never ends at "Done" with steps still to do.
 */
const untimedSchema = z.object({
  /** The step numbers, for example { min: 4, max: 6 }, or 6 for one step. */
  steps: rangeOf('Untimed steps', 1),
  /** What to do, in one short sentence the timer shows and speaks: "Let go, then roll your head slowly." */
  text: sentence(90),
});

/** Press and hold, possibly several times with a rest between. */
const holdDoseSchema = z.object({
  kind: z.literal('hold'),
  /** Seconds of each hold: 60, or a range such as { min: 10, max: 15 }. */
  seconds: rangeOf('Hold seconds', 1),
  /** How many holds on each side. Default 1. */
  reps: z.number().int().min(1, 'Repetitions must be at least 1').default(1),
  /** One side only, or each side in turn. Default "one". */
  sides: sides.default('one'),
  /** Seconds of rest between holds. Default 0. */
  restSeconds: z.number().int().min(0, 'Rest seconds must not be negative').default(0),
  /** Steps done after the holds at the reader's own pace (see untimedSchema). */
  untimed: untimedSchema.optional(),
});

/** Slow passes along a line of pain, counted by the reader rather than timed. */
const passesDoseSchema = z.object({
  kind: z.literal('passes'),
  /** Number of passes: 5, or a range such as { min: 5, max: 6 }. */
  passes: rangeOf('Passes', 1),
  /** About how long one slow pass takes, in seconds; used only for time estimates. */
  secondsPerPass: z.number().int().min(1).max(120),
  /** One side only, or each side in turn. Default "one". */
  sides: sides.default('one'),
  /** Steps done after the passes at the reader's own pace (see untimedSchema). */
  untimed: untimedSchema.optional(),
});

/** Stay on one tender spot until it eases; the timer counts up to the target range. */
const untilEasesDoseSchema = z.object({
  kind: z.literal('until-eases'),
  /** Target time on the spot in seconds, for example { min: 120, max: 300 }. */
  seconds: rangeOf('Target seconds', 1),
  /** One side only, or each side in turn. Default "one". */
  sides: sides.default('one'),
  /** Steps done after the spot at the reader's own pace (see untimedSchema). */
  untimed: untimedSchema.optional(),
});

/** What the timer runs and the page states: see src/lib/dose.ts. */
export const doseSchema = z.discriminatedUnion('kind', [holdDoseSchema, passesDoseSchema, untilEasesDoseSchema]);

/** A dose as the timer, the totals and the page read it (src/lib/dose.ts works with it). */
export type Dose = z.output<typeof doseSchema>;
export type HoldDose = z.output<typeof holdDoseSchema>;
export type PassesDose = z.output<typeof passesDoseSchema>;
export type UntilEasesDose = z.output<typeof untilEasesDoseSchema>;

const landmarkId = z.enum(LANDMARK_IDS as [keyof typeof LANDMARKS, ...(keyof typeof LANDMARKS)[]]);

/**
 * A technique's picture: what src/lib/figure draws as the position and the
 * "where to press" close-up, and what its alt text says. Landmarks are listed
 * in src/lib/figure/pose/landmarks.ts, poses in src/lib/figure/pose/poses.ts.
 */
export const pictureSchema = z
  .object({
    /** The body position, for example "standing-wall-back" or "lying-back-roller". */
    pose: z.enum(POSE_IDS),
    /** What the tool or the body rests on: "wall", "chair", "table" or "floor". */
    support: z.enum(SUPPORT_IDS),
    /** What presses: a hand tool ("thumb", "fingers", ...) or an object ("tennis-ball", "foam-roller", ...). */
    tool: z.enum(TOOL_IDS),
    /** The landmark where the tool touches the body, for example "upper-back" or "sole". */
    contact: landmarkId,
    /** How it moves: "hold", "lean-in", "roll-up-down", "drag-line", "circle", "head-roll", ... */
    movement: z.enum(MOVEMENT_IDS),
    /** Side view where depth matters (wall, floor, roller); front or back for hands-on work. Must match the pose. */
    view: z.enum(VIEW_IDS),
    /** The side the picture works: "left", "right", or "both" for both at once or a middle line. */
    side: z.enum(SIDE_IDS),
    /** Spots the close-up marks, when not only the contact (landmark ids). */
    spots: z.array(landmarkId).min(1).optional(),
    /** A line the close-up draws instead, start to end (two landmark ids): strokes and rolling. */
    line: z.tuple([landmarkId, landmarkId]).optional(),
  })
  .superRefine((picture, context) => {
    const pose = POSES[picture.pose];
    if (pose.view !== picture.view) {
      context.addIssue({
        code: 'custom',
        path: ['view'],
        message: `Pose "${picture.pose}" is drawn from the ${pose.view}, not the ${picture.view}`,
      });
    }
    const place = pose.view === 'side' ? 'onSide' : 'onFront';
    if (!(place in LANDMARKS[picture.contact])) {
      context.addIssue({
        code: 'custom',
        path: ['contact'],
        message: `Landmark "${picture.contact}" cannot be placed on a ${pose.view} view`,
      });
    }
  });

/** The three kinds of pain a technique can suit; the area page's chooser groups by these. */
export const PAIN_PATTERNS = ['point', 'line', 'general'] as const;
const PRESSURES = Object.keys(PRESSURE_LEVELS) as [PressureLevel, ...PressureLevel[]];

/** content/areas/<id>.mdx: one of the eleven fixed body areas (AREA_IDS in src/lib/areas.ts). The body says why it gets tight and how to find the spot. */
export const areaSchema = z.object({
  /** Name on the page and in lists, for example "Lower back". */
  title: z.string().min(2),
  /** One or two sentences for lists, search results and the meta description. */
  summary: sentence(200),
  /** Lay words, anatomy names, symptoms and misspellings readers search with. */
  keywords: z.array(z.string().min(2)).min(3),
  /** Cautions that apply to every technique in this area, shown with the safety callout. */
  cautions: z.array(sentence(240)).min(1),
  /** Order in area lists, head to feet. */
  order: z.number().int().min(1),
});

/** content/techniques/<id>.mdx: one self-massage technique. The MDX body is the numbered steps. */
export function techniqueSchema(ids: KnownIds) {
  return z.object({
    /** Name of the technique, starting with the area, for example "Neck: trace the line of pain". */
    title: z.string().min(5).max(70),
    /** One line saying what it does, for lists, search and the meta description. */
    summary: sentence(160),
    /** Which kind of pain it suits: a spot you can point to, pain along a line, or general tightness. */
    suits: z.enum(PAIN_PATTERNS),
    /** The body areas it works on (ids of content/areas); the first is its home area. */
    areas: z.tuple([z.enum(AREA_IDS)], z.enum(AREA_IDS)),
    /** Tools it uses (ids of content/tools), easiest first. */
    tools: z.tuple([idIn('tool', ids.tools)], idIn('tool', ids.tools)),
    /** Body position in a few words: "Sitting", "Lying on your back", "Standing at a wall". */
    position: z.string().min(3).max(80),
    /** How hard to press: a level of the 0 to 10 discomfort scale in src/lib/pressure.ts. */
    pressure: z.enum(PRESSURES),
    /** The dose the timer runs and the page states. */
    dose: doseSchema,
    /** What the reader should feel when it is going right. */
    feel: z.array(sentence(200)).min(1),
    /** Signs that mean ease off or stop, beyond the global stop rule. */
    stopIf: z.array(sentence(200)).min(1),
    /** Common mistakes and how to avoid them. */
    mistakes: z.array(sentence(240)).min(1),
    /** Cautions for this technique only; the area's cautions are added automatically. */
    cautions: z.array(sentence(240)).default([]),
    /** A gentler version (id of another technique), lower on the tool ladder. */
    easier: idIn('technique', ids.techniques).optional(),
    /** A firmer version (id of another technique), higher on the tool ladder. */
    harder: idIn('technique', ids.techniques).optional(),
    /** Short plain-language note on what the evidence does and does not show. */
    evidence: sentence(600),
    /** Sources cited by the evidence note (ids of content/sources.json). */
    sources: z.array(idIn('source', ids.sources)).min(1),
    /** Extra search words: lay terms, symptoms, misspellings. */
    keywords: z.array(z.string().min(2)).default([]),
    /** Date the content was last checked against the sources, YYYY-MM-DD. */
    reviewed: z.coerce.date(),
    /** The picture of the position and of where to press, drawn from this data (see pictureSchema). */
    picture: pictureSchema,
  });
}

/** One step of a routine: a technique, optionally with its own dose. */
function routineStepSchema(ids: KnownIds) {
  return z.object({
    /** Id of the technique to do. */
    technique: idIn('technique', ids.techniques),
    /** Replaces the technique's own dose in this routine, for example a shorter hold. */
    dose: doseSchema.optional(),
  });
}

/** content/routines/<id>.mdx: techniques in order. The total time is computed, never typed. */
export function routineSchema(ids: KnownIds) {
  return z.object({
    /** Name of the routine, for example "Daily 5-minute scan". */
    title: z.string().min(5).max(70),
    /** One line for lists, search and the meta description. */
    summary: sentence(160),
    /** What the routine is for, in one sentence. */
    goal: sentence(200),
    /** Who it suits, in one sentence. */
    suits: sentence(200),
    /** The techniques in order: 3 to 6. */
    steps: z.array(routineStepSchema(ids)).min(3).max(6),
    /** Order in routine lists. */
    order: z.number().int().min(1),
    /** Extra search words. */
    keywords: z.array(z.string().min(2)).default([]),
  });
}

/** content/tools/<id>.mdx: something to press with. The body says how to start gently. */
export const toolSchema = z.object({
  /** Name, for example "Tennis ball". */
  title: z.string().min(2),
  /** One line for lists, search and the meta description. */
  summary: sentence(160),
  /** Place on the ladder from softest (1) to firmest (5). */
  firmness: z.number().int().min(1).max(5),
  /** Rough cost: nothing, or an everyday item under about US$20. */
  cost: z.enum(['free', 'under-20']),
  /** Extra search words. */
  keywords: z.array(z.string().min(2)).default([]),
});

/** content/guides/<id>.mdx: background reading. */
export function guideSchema(ids: KnownIds) {
  return z.object({
    /** Title of the guide. */
    title: z.string().min(5).max(80),
    /** One line for lists, search and the meta description. */
    summary: sentence(160),
    /** Order in guide lists. */
    order: z.number().int().min(1),
    /** Sources the guide draws on (ids of content/sources.json). */
    sources: z.array(idIn('source', ids.sources)).default([]),
    /** Extra search words. */
    keywords: z.array(z.string().min(2)).default([]),
    /** Date last checked against the sources. */
    reviewed: z.coerce.date(),
  });
}

/** content/pages/<id>.mdx: standalone pages such as /about/ and the prose of /safety/. */
export const pageSchema = z.object({
  /** Page title. */
  title: z.string().min(3),
  /** Meta description. */
  summary: sentence(160),
});

/** An entry of content/sources.json: the only references content may cite. */
export const sourceSchema = z.object({
  /** Stable id, for example "cheatham-2015"; techniques cite by this. */
  id: slugId,
  /** Full citation as it appears in the reference list. */
  citation: z.string().min(20),
  /** Address of the source, where it has one the reader can open. */
  url: z.url().optional(),
  /** Peer-reviewed research, or a page written for readers or clinicians. */
  kind: z.enum(['research', 'reader']),
  /** What the source supports, in plain words. */
  supports: z.string().min(10),
});

/** A warning sign: an id that area and technique pages refer to, its words, and its sources. */
function signSchema(ids: KnownIds) {
  return z
    .object({
      /** Stable id, for example "clot"; content/safety.json's `areas` and `techniques` name signs by it. */
      id: slugId,
      /** The sign as one short line in plain words (a phone's width): what area, technique and routine pages list. */
      text: z.string().trim().min(10).max(48),
      /** The sign in full, in one to three sentences: what /safety/ and the search box say, with what it may be. */
      detail: sentence(300),
      /**
       * Readers' own words for the sign, as they would type them into search ("tight chest",
       * "jaw aches when I chew with a headache"). Search shows the sign's box when every word of
       * one phrase that carries meaning is in the query, in any order, typos forgiven
       * (src/lib/search-emergency.ts). Every sign has some.
       */
      lay: z.array(z.string().trim().min(3).max(80)).min(1),
      /**
       * Areas this sign forbids pressing (a clot: the legs). When search shows the sign's box, the
       * results under it leave out techniques and routines for these areas.
       */
      noPressAreas: z.array(z.enum(AREA_IDS)).default([]),
      /** Sources behind it (ids of content/sources.json). Every sign needs one, or `ownCaution`. */
      sources: z.array(idIn('source', ids.sources)).default([]),
      /** For a caution no source states: why this guide asks it anyway, in one sentence. */
      ownCaution: sentence(240).optional(),
    })
    .refine((sign) => sign.sources.length > 0 || sign.ownCaution, {
      message: 'Every warning sign needs a source, or `ownCaution` saying why the guide asks it anyway',
      path: ['sources'],
    });
}

/** One level of urgency: its words on /safety/, on area pages and in search, and its signs. */
function levelSchema(ids: KnownIds) {
  return z.object({
    /** The group's title on /safety/ and in the search box, for example "Call your local emergency number now". */
    title: sentence(80),
    /** Lead-in to the signs on area, technique and routine pages, saying what to do: "Call 911, 999, 112 or 000 now if". */
    heading: z.string().min(5).max(48),
    /** The rest of what to do, in one short line under those signs: "Do not drive yourself". */
    brief: sentence(60),
    /** What to do, in one or two sentences: shown with the group everywhere. */
    action: sentence(240),
    /** The signs of this level. */
    signs: z.array(signSchema(ids)).min(1),
  });
}

/** content/safety.json: the one home of the site's safety words. */
export function safetySchema(ids: KnownIds) {
  return z
    .object({
      /** Always "site": there is one safety entry. */
      id: z.literal('site'),
      /** The stop rule in one sentence, on every page. */
      stopRule: sentence(160).refine((text) => !/[.!?]\s+\S/.test(text), 'The stop rule must be one sentence'),
      /** What to do right after stopping for pain: shown by the timer's "Stop - it hurts". */
      afterStop: sentence(240),
      /** Lead-in for the list of conditions that mean "do not, or ask first". */
      askFirstIntro: sentence(200),
      /** What to do when one of the ask-first conditions applies: shown by the timer's check before the first Start. */
      askFirstAnswer: sentence(200),
      /** Conditions under which to ask a clinician first: the source article's list, complete, and more. */
      askFirst: z.array(z.string().min(3)).min(6),
      /** Lead-in for the places never to press or roll. */
      notHereIntro: sentence(200),
      /** Places never to press or roll (a wound, a broken bone, a leg that may have a clot). */
      notHere: z.array(z.string().min(3)).min(3),
      /** "Educational, not medical advice." */
      disclaimer: sentence(240),
      /** The levels of urgency, most urgent first: see src/lib/urgency.ts. */
      levels: z.object(
        Object.fromEntries(URGENCIES.map((urgency) => [urgency, levelSchema(ids)])) as {
          [K in (typeof URGENCIES)[number]]: ReturnType<typeof levelSchema>;
        },
      ),
      /** Each body area's own warning signs, by sign id: every area has some. */
      areas: z.object(
        Object.fromEntries(AREA_IDS.map((area) => [area, z.array(slugId).min(1)])) as {
          [K in (typeof AREA_IDS)[number]]: z.ZodArray<typeof slugId>;
        },
      ),
      /** Signs for one technique only, beyond its areas' (osteoporosis by the spine, getting to the floor). */
      techniques: z.record(idIn('technique', ids.techniques), z.array(slugId).min(1)).default({}),
      /** Signs a technique's page shows before its steps, to rule out first (pain down the arm: heart and nerve). */
      checkFirst: z.record(idIn('technique', ids.techniques), z.array(slugId).min(1)).default({}),
      /** Sources behind the safety text. */
      sources: z.array(idIn('source', ids.sources)).min(1),
      /** The words search needs to read the signs' lay phrases: see src/lib/search-emergency.ts. */
      search: z.object({
        /** Words that carry no meaning in a lay phrase ("my", "with", "when"). */
        ignore: z.array(z.string().regex(/^[a-z]+$/)).min(10),
        /** Groups of words readers use for one thing ("pain", "ache", "hurt"). */
        alike: z.array(z.array(z.string().regex(/^[a-z0-9]+$/)).min(2)),
        /** Words that name an emergency and little else: /safety/ is weighted heaviest for them in search. */
        safetyTerms: z.array(z.string().regex(/^[a-z]+$/)).min(10),
      }),
    })
    .superRefine((safety, context) => {
      const all = URGENCIES.flatMap((urgency) => safety.levels[urgency].signs.map((sign) => sign.id));
      const known = new Set(all);
      for (const id of known)
        if (all.indexOf(id) !== all.lastIndexOf(id))
          context.addIssue({ code: 'custom', path: ['levels'], message: `Warning sign id "${id}" is used twice` });
      const named = [
        ...Object.entries(safety.areas).map(([key, list]) => ['areas', key, list] as const),
        ...Object.entries(safety.techniques).map(([key, list]) => ['techniques', key, list] as const),
        ...Object.entries(safety.checkFirst).map(([key, list]) => ['checkFirst', key, list] as const),
      ];
      for (const [field, key, list] of named) {
        list.forEach((id, index) => {
          if (!known.has(id))
            context.addIssue({
              code: 'custom',
              path: [field, key, index],
              message: `Unknown warning sign "${id}". Expected one of: ${[...known].join(', ')}`,
            });
        });
      }
      // A sign that could mean an emergency is never the guide's own opinion.
      for (const urgency of [...URGENT, 'soon'] as const) {
        safety.levels[urgency].signs.forEach((sign, index) => {
          if (sign.sources.length === 0)
            context.addIssue({
              code: 'custom',
              path: ['levels', urgency, 'signs', index, 'sources'],
              message: `The ${urgency} sign "${sign.id}" needs at least one source`,
            });
        });
      }
    });
}

/**
 * Each collection's schema, the cross-references checked against the ids on disk: the build
 * loads every collection with it (src/content.config.ts), and src/content.test.ts checks every
 * file with the same one.
 */
export function collectionSchemas(ids: KnownIds) {
  return {
    areas: areaSchema,
    techniques: techniqueSchema(ids),
    routines: routineSchema(ids),
    tools: toolSchema,
    guides: guideSchema(ids),
    pages: pageSchema,
    sources: sourceSchema,
    safety: safetySchema(ids),
  };
}
