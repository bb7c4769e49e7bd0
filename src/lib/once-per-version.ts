/**
 * Keeps a value derived from content collections until the content changes. Astro's
 * getCollection returns new entry objects on every call, so the entries' identity says
 * nothing; each entry's digest (a hash of its file) does. The same ids and digests mean
 * the same content: the value is derived once per build, and again in `astro dev` only
 * after a file changes.
 */

/** An entry as getCollection returns it: glob() and file() loaders give every entry a digest. */
export interface Versioned {
  readonly id: string;
  readonly digest?: string | number | undefined;
}

type Collections = readonly (readonly Versioned[])[];

/** One string for the content of the collections: their ids and digests, in order. */
function versionOf(collections: Collections): string | undefined {
  const entries = collections.flatMap((entries, index) => entries.map((entry) => ({ entry, index })));
  // An entry without a digest cannot show that it changed: then nothing is kept.
  if (entries.some(({ entry }) => entry.digest === undefined)) return undefined;
  return entries.map(({ entry, index }) => `${index}/${entry.id}@${entry.digest}`).join('\n');
}

/** `derive`, run again only when the collections it is given differ in an id or a digest. */
export function oncePerVersion<Inputs extends Collections, Output>(
  derive: (...inputs: Inputs) => Output,
): (...inputs: Inputs) => Output {
  let kept: { version: string; value: Output } | undefined;
  return (...inputs) => {
    const version = versionOf(inputs);
    if (version === undefined) return derive(...inputs);
    if (kept?.version !== version) kept = { version, value: derive(...inputs) };
    return kept.value;
  };
}
