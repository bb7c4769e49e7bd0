/** The English words of the site's search part; src/i18n/es/search.ts has the same shape. */

/** "Tennis ball, Lacrosse ball and Foam roller": names in the order given. */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The words the search page's script writes (src/scripts/search-page.en.ts imports only these,
 * so the page ships nothing else of this table).
 */
export const searchScript = {
  /** Each kind of page, as a result names it ("Technique · Shoulders"). */
  kinds: {
    home: 'Home',
    area: 'Body area',
    technique: 'Technique',
    routine: 'Routine',
    tool: 'Tool',
    guide: 'Guide',
    page: 'Page',
  },
  list,
  /** The first areas of a result named, and how many more: "Neck, Shoulders and 3 more". */
  andMore: (named: string, more: number) => `${named} and ${more} more`,
  /** The announced count: "3 results for “neck”, filtered by Technique and Tennis ball." */
  resultCount: (count: number, query: string, filters: readonly string[]) => {
    const amount = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
    const words = query ? ` for “${query}”` : '';
    const narrowed = filters.length > 0 ? `, filtered by ${list(filters)}` : '';
    return `${amount}${words}${narrowed}.`;
  },
  /** While a search from the address is on its way. */
  searching: (query: string) => (query ? `Searching for “${query}”…` : 'Searching…'),
  failed: 'Search could not load. Check your connection and try again, or start from a body area below.',
};

export type SearchScriptWords = typeof searchScript;

export const search = {
  script: searchScript,
  /** /search/'s title, description and heading. */
  title: 'Search',
  description:
    'Search every technique, body area, routine and guide by the words you use, such as shoulder pain or tennis ball.',
  /** The header's box, on every page. */
  form: { label: 'Search the guide', placeholder: 'e.g. shoulder pain', button: 'Search' },
  /** The box on /search/ itself. */
  pageForm: {
    label: 'Search for a body area, a symptom or a tool',
    hint: 'Results show as you type. Use the arrow keys to move between results.',
  },
  filters: {
    summary: 'Narrow the results',
    area: { label: 'Body area', any: 'All areas' },
    tool: { label: 'Tool', any: 'Any tool' },
    kind: { label: 'Kind of page', any: 'All kinds' },
  },
  results: {
    /** "Did you mean <the corrected words>?" */
    didYouMean: { before: 'Did you mean ', after: '?' },
    more: 'Show more results',
  },
  /** Links under the emergency box (its other words come from content/safety.json). */
  emergency: {
    readSigns: 'Read the warning signs',
    whenToCall: 'When to call the emergency number',
  },
  empty: {
    tries: 'Try a search like',
    areas: 'Or start from where it hurts',
    /** Searches readers make, worded as they type them; each finds its pages (e2e/search-ui.spec.ts). */
    examples: [
      'shoulder pain',
      'stiff neck',
      'knot under my shoulder blade',
      'jaw clenching',
      'headache',
      'lower back pain',
      'tennis ball',
      'foam roller',
    ],
  },
  /** What /search/ says with JavaScript off: first what to do in an emergency, then where to browse. */
  noScript: {
    urgent: 'Chest pain, trouble breathing, a sudden bad headache or new numbness?',
    checkSigns: 'Check the warning signs that need help now',
    needsScript: 'Search needs JavaScript, which is turned off in your browser. You can still browse everything:',
    areas: { link: 'Body areas', rest: ', from neck to feet' },
    techniques: { link: 'All techniques', rest: ', grouped by area' },
    routines: { link: 'Routines', rest: ' to follow or print' },
    guides: 'Guides',
    and: ' and ',
    safety: 'safety',
  },
};

export type SearchWords = typeof search;
