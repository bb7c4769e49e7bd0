/** The routine builder on English pages: its script with the English words, and no other language's. */
import { builderScript } from '../i18n/en/builder';
import { defineRoutineBuilder } from './routine-builder';

defineRoutineBuilder(builderScript);
