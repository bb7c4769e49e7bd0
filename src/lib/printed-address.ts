/**
 * The address printed at the foot of a page or handout. With SITE_URL set it
 * is the full public address; without it the build does not know where the
 * site will live, so paper shows the path alone after the site's name rather
 * than an address on this machine ("localhost").
 */
export function printedAddress(path: string, origin: string | undefined): string {
  return origin ? new URL(path, origin).href : path;
}

/** The public origin the build was given, or undefined. Build time only (Node). */
export function configuredOrigin(): string | undefined {
  return process.env.SITE_URL || undefined;
}
