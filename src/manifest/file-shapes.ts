/**
 * What each kind of built-in data file must look like, at least, before a panel takes it in. A file that loads but
 * has another shape (a stale copy from another version, an HTML error page served as JavaScript) is a failure,
 * said and tried again like a missing one, never a panel left waiting.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const shapes: Readonly<Record<string, (value: unknown) => boolean>> = {
  region: (value) => isObject(value) && Array.isArray(value.resources),
  guide: (value) =>
    isObject(value) &&
    Array.isArray(value.steps) &&
    Array.isArray(value.situations) &&
    Array.isArray(value.faq),
  warningSigns: (value) =>
    isObject(value) &&
    Array.isArray(value.groups) &&
    isObject(value.whatToDo) &&
    Array.isArray(value.whatToDo.adult) &&
    Array.isArray(value.whatToDo.young),
  platforms: (value) => Array.isArray(value),
  language: (value) =>
    isObject(value) &&
    isObject(value.strings) &&
    (value.texts === undefined || isObject(value.texts)),
  texts: (value) => isObject(value),
};

/** Throws a TypeError when `file` is not the shape `kind` (region, guide, warningSigns, platforms, language, texts) must have. */
export function checkShape(kind: string, file: unknown): void {
  const check = shapes[kind];
  if (check && !check(file))
    throw new TypeError(`not a safety-panels ${kind} file (a copy from another version?)`);
}
