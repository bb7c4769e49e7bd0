/**
 * Reads and writes one value in the reader's own browser (localStorage).
 * Storage can be blocked (private mode, a strict setting), so neither throws:
 * the page then simply forgets, as it would with no storage at all.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value`, or removes the key when it is `null`. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing kept: the reader is asked again next time.
  }
}
