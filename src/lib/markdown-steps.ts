/**
 * A technique's steps are the numbered list in its MDX body. This module
 * reads them as plain text, once, for every place that needs them: the
 * HowTo structured data (whole steps) and the printed handout (first
 * sentences).
 */

/** Markdown inline marks (links, emphasis, code, tags) reduced to their words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|\*|`)(.+?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The numbered steps of a body, in order, as plain text. Indented lines
 * continue the step above; paragraphs and bullets are not steps.
 */
export function numberedSteps(body: string): string[] {
  const items: string[] = [];
  for (const line of body.split('\n')) {
    const item = /^ {0,3}\d+[.)]\s+(.*)$/.exec(line);
    if (item) items.push(item[1] ?? '');
    else if (items.length > 0 && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.map(plainText);
}
