import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * content/safety.json's words, which the built pages must show as written: tests read them
 * from their one home rather than copying them, so a reworded rule does not break a journey.
 */
export interface SafetyWords {
  stopRule: string;
  afterStop: string;
  askFirstAnswer: string;
  levels: Record<string, { heading: string; brief: string; signs: { id: string; text: string; detail: string }[] }>;
}

export const SAFETY = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'safety.json'), 'utf8')) as SafetyWords[]
)[0]!;
