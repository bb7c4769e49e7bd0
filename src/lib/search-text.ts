/** Pure helpers for the search page: reading the query and wording the result count. */

/** The query from a URL's search string, trimmed; empty when absent. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The search string for a query, so the URL can be shared and Back works. */
export function searchForQuery(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `?${new URLSearchParams({ q: trimmed })}` : '';
}

export function resultCountText(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}
