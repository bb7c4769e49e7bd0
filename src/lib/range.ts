/**
 * An inclusive range in whole units; a fixed value has min === max. Its own module, so the content
 * schema (which parses doses into ranges) and the dose wording (which reads them) share one
 * definition without importing each other.
 */
export interface Range {
  min: number;
  max: number;
}
