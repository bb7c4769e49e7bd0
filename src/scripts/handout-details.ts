/**
 * The routine builder's handout words per technique, fetched from
 * /routines/build/<id>.json the first time a reader picks it. The builder
 * page carries only names and doses, so it stays the same size however many
 * techniques the guide holds.
 */
import type { HandoutDetails } from '../lib/handout';

export class HandoutDetailsStore {
  #known = new Map<string, HandoutDetails>();
  #pending = new Set<string>();

  get(id: string): HandoutDetails | undefined {
    return this.#known.get(id);
  }

  /** Fetches each of `ids` not yet here or on its way, and calls `arrived` after each answer. */
  fetchMissing(ids: readonly string[], arrived: () => void): void {
    for (const id of ids) {
      if (this.#known.has(id) || this.#pending.has(id)) continue;
      this.#pending.add(id);
      fetch(`/routines/build/${id}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<HandoutDetails>) : undefined))
        // Offline or failed: the row keeps its name and dose, and a later change tries again.
        .catch(() => undefined)
        .then((details) => {
          this.#pending.delete(id);
          if (details) this.#known.set(id, details);
          arrived();
        });
    }
  }
}
