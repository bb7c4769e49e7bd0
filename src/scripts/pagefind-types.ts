/** The parts of Pagefind's browser API this site uses (pagefind.js is generated at build time). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  /** A null term lists every page that passes the filters. */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  /** Fetches the index chunks a term needs, without searching. */
  preload(term: string): Promise<void>;
}

/**
 * Loads the index's script from our own origin and starts it with `options`.
 * Options must be set before init: some (noWorker) are read only then.
 */
export async function loadPagefind(options: object): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.options(options);
  await pagefind.init();
  return pagefind;
}
