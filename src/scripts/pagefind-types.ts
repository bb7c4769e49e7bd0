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
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<PagefindSearch | null>;
}

/** Loads the index's script from our own origin, only when a search runs. */
export async function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ path)) as Pagefind;
}
