/**
 * The schemas of a translated file (content/<lang>/...): the words of its English twin and
 * nothing else. Each is picked from the English schema, so a word keeps its rules (lengths,
 * counts) in every language, and is strict, so a fact (a dose, a picture, an order) written
 * into a translation fails the build naming the file: facts are entered once, in English.
 */
import { z } from 'astro/zod';
import {
  areaSchema,
  guideSchema,
  pageSchema,
  routineSchema,
  techniqueSchema,
  toolSchema,
  type KnownIds,
} from './schemas';
import { URGENCIES } from './lib/urgency';

const words = z.string().trim().min(10);
const short = (max: number) => words.max(max);

/** A translated sign: its id (the English file's, never translated) and its words. */
const signWordsSchema = z.strictObject({
  id: z.string(),
  text: z.string().trim().min(10).max(48),
  detail: short(300),
  lay: z.array(z.string().trim().min(3).max(80)).min(1),
  ownCaution: short(240).optional(),
});

const levelWordsSchema = z.strictObject({
  title: short(80),
  heading: z.string().min(5).max(48),
  brief: short(60),
  action: short(240),
  signs: z.array(signWordsSchema).min(1),
});

/** content/<lang>/safety.json: every word of content/safety.json, by the same ids. */
export const safetyWordsSchema = z.strictObject({
  id: z.literal('site'),
  stopRule: short(160).refine((text) => !/[.!?]\s+\S/.test(text), 'The stop rule must be one sentence'),
  afterStop: short(240),
  askFirstIntro: short(200),
  askFirstAnswer: short(200),
  askFirst: z.array(z.string().min(3)).min(6),
  notHereIntro: short(200),
  notHere: z.array(z.string().min(3)).min(3),
  disclaimer: short(240),
  levels: z.strictObject(
    Object.fromEntries(URGENCIES.map((urgency) => [urgency, levelWordsSchema])) as {
      [K in (typeof URGENCIES)[number]]: typeof levelWordsSchema;
    },
  ),
  // Search folds accents before it compares, so its word lists are written without them.
  search: z.strictObject({
    ignore: z.array(z.string().regex(/^[a-z]+$/)).min(10),
    alike: z.array(z.array(z.string().regex(/^[a-z0-9]+$/)).min(2)),
    safetyTerms: z.array(z.string().regex(/^[a-z]+$/)).min(10),
  }),
});

/** Each translated collection's schema: the words of the English one, strict. */
export function translationSchemas(ids: KnownIds) {
  return {
    areas: areaSchema.pick({ title: true, summary: true, keywords: true, cautions: true }).strict(),
    techniques: techniqueSchema(ids)
      .pick({
        title: true,
        summary: true,
        position: true,
        feel: true,
        stopIf: true,
        mistakes: true,
        cautions: true,
        evidence: true,
        keywords: true,
      })
      // The words of dose.untimed, the steps the timer names after the dose.
      .extend({ untimed: short(90).optional() })
      .strict(),
    routines: routineSchema(ids).pick({ title: true, summary: true, goal: true, suits: true, keywords: true }).strict(),
    tools: toolSchema.pick({ title: true, summary: true, keywords: true }).strict(),
    guides: guideSchema(ids).pick({ title: true, summary: true, keywords: true }).strict(),
    pages: pageSchema.strict(),
    safety: safetyWordsSchema,
  };
}

export type TranslationSchemas = ReturnType<typeof translationSchemas>;
