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

/** The ids and digests of the collections, kept to compare the next call's against. */
type Version = readonly (readonly (readonly [string, string | number])[])[];

/** The collections' version, or undefined when an entry has no digest and so could not show a change. */
function versionOf(collections: Collections): Version | undefined {
  const version = collections.map((entries) => entries.map((entry) => [entry.id, entry.digest] as const));
  return version.every((entries) => entries.every(([, digest]) => digest !== undefined))
    ? (version as Version)
    : undefined;
}

/**
 * Whether the collections are the ones a version was taken from: compared entry by entry, with no
 * new string built, since every page of a large library asks several times.
 */
function sameVersion(collections: Collections, version: Version): boolean {
  return (
    collections.length === version.length &&
    collections.every((entries, index) => {
      const kept = version[index]!;
      return (
        entries.length === kept.length &&
        entries.every((entry, at) => entry.id === kept[at]![0] && entry.digest === kept[at]![1])
      );
    })
  );
}

/** `derive`, run again only when the collections it is given differ in an id or a digest. */
export function oncePerVersion<Inputs extends Collections, Output>(
  derive: (...inputs: Inputs) => Output,
): (...inputs: Inputs) => Output {
  let kept: { version: Version; value: Output } | undefined;
  return (...inputs) => {
    if (kept && sameVersion(inputs, kept.version)) return kept.value;
    const version = versionOf(inputs);
    const value = derive(...inputs);
    kept = version && { version, value };
    return value;
  };
}
