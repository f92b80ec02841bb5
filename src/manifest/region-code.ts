/**
 * A region code as the data writes it: INTL, a country (US) or a subdivision (US-MI). Its own file so that the
 * selection code can use it without the schema.
 */
export const REGION = /^(?:INTL|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/;

/** The country of a region code: "US" of "US-MI"; INTL and a country are their own. */
export function countryOf(region: string): string {
  return region.split('-')[0] ?? region;
}
