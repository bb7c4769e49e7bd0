/**
 * The routine builder's fetched data (src/lib/builder-data.ts): each
 * technique and each area's options, fetched once and kept. A failed fetch
 * (offline, or no such technique) is forgotten, so the next try asks again.
 */
import { areaAddress, techniqueAddress, type BuiltTechnique, type PickerOption } from '../lib/builder-data';

export class BuilderStore {
  /** True once a fetch failed for want of a connection, not for want of the file. */
  offline = false;
  #home: string;
  #techniques = new Map<string, Promise<BuiltTechnique | undefined>>();
  #areas = new Map<string, Promise<PickerOption[] | undefined>>();
  #known = new Map<string, BuiltTechnique>();

  /** `home`: the home page of the page's language ("/", "/es/"), whose files it fetches. */
  constructor(home = '/') {
    this.#home = home;
  }

  /** A technique already fetched: every pick is one. */
  known(id: string): BuiltTechnique | undefined {
    return this.#known.get(id);
  }

  technique(id: string): Promise<BuiltTechnique | undefined> {
    return this.#once(this.#techniques, id, techniqueAddress(id, this.#home), (technique) =>
      this.#known.set(id, technique),
    );
  }

  area(area: string): Promise<PickerOption[] | undefined> {
    return this.#once(this.#areas, area, areaAddress(area, this.#home));
  }

  #once<T>(cache: Map<string, Promise<T | undefined>>, key: string, address: string, keep?: (value: T) => void) {
    let request = cache.get(key);
    if (!request) {
      request = this.#fetchJson<T>(address).then((value) => {
        if (value === undefined) cache.delete(key);
        else keep?.(value);
        return value;
      });
      cache.set(key, request);
    }
    return request;
  }

  async #fetchJson<T>(address: string): Promise<T | undefined> {
    try {
      const response = await fetch(address);
      return response.ok ? ((await response.json()) as T) : undefined;
    } catch {
      this.offline = true;
      return undefined;
    }
  }
}
