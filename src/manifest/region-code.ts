/**
 * A region code as the data writes it: INTL, a country (US) or a subdivision (US-MI). Its own file so that the
 * selection code can use it without the schema.
 */
export const REGION = /^(?:INTL|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/;
