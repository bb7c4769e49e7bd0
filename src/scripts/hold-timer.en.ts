/** <hold-timer> on English pages: its script with the words it shows and says in English, and no other language's. */
import { live, units } from '../i18n/en/timer';
import { defineHoldTimer } from './hold-timer';

defineHoldTimer({ units, live });
