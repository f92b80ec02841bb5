/** The clock the elements read for "open now". Tests set a fixed one. */
export const clock = { now: (): Date => new Date() };
