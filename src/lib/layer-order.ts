/**
 * The cascade layers, lowest first, as the one CSS statement that fixes their order.
 * BaseLayout writes it in an inline <style> at the top of <head>: the first stylesheet
 * that names a layer fixes its place, and the build may put a small component <style>
 * (layer `components`) before the global stylesheet, which would make components rank
 * lowest. Astro hashes only the styles it bundles, so the page allows this one by hash.
 */
import { createHash } from 'node:crypto';

export const LAYER_ORDER = '@layer reset, tokens, base, layout, components, utilities;';

/** The CSP source that allows exactly the LAYER_ORDER <style> element. */
export const LAYER_ORDER_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(LAYER_ORDER, 'utf8').digest('base64')}`;
