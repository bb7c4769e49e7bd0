/** The routine builder on Spanish pages: its script with the Spanish words, and no other language's. */
import { builderScript } from '../i18n/es/builder';
import { defineRoutineBuilder } from './routine-builder';

defineRoutineBuilder(builderScript);
