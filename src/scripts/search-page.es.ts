/** <search-page> en español: the search page's script on Spanish pages (src/components/SearchScriptEs.astro). */
import { searchScript } from '../i18n/es/search';
import { SPANISH_FORMS } from '../lib/search-forms-es';
import { defineSearchPage } from './search-page';

defineSearchPage(searchScript, SPANISH_FORMS);
