/** <search-page> in English: the search page's script on English pages (src/components/SearchScript.astro). */
import { searchScript } from '../i18n/en/search';
import { ENGLISH_FORMS } from '../lib/search-forms-en';
import { defineSearchPage } from './search-page';

defineSearchPage(searchScript, ENGLISH_FORMS);
