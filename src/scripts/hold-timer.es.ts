/** <hold-timer> on Spanish pages: its script with the words it shows and says in Spanish, and no other language's. */
import { live, units } from '../i18n/es/timer';
import { defineHoldTimer } from './hold-timer';

defineHoldTimer({ units, live });
