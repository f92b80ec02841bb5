// Splits the built-in data (all countries, all languages) into what the script-tag bundles carry and what they
// load when a panel needs it: an English-only core (every country's emergency numbers and the international
// services), one English file per section only some elements use (the guide, the warning signs, the platforms),
// one per country (its services, and where its emergency numbers come from), and one file per language with its
// interface words and the texts of every file by JSON pointer. The browser puts a language back with `applyTexts`
// and a country's emergency sources with its file (src/manifest/default-data.ts); a test does the same to check
// that nothing is lost.

/** The words a panel shows before its language's file arrives: loading, the headings, the emergency line, the exit. */
const EARLY =
  /^(?:loading|notice\.|hotline\.heading|report\.heading|signs\.heading|emergency\.|exit\.)/;
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A text by language: an object with English and only language tags as keys, each a string. */
function isText(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof value.en === 'string' &&
    Object.entries(value).every(([key, text]) => TAG.test(key) && typeof text === 'string')
  );
}

const escape = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * A copy of `value` with English only in each text; the other languages go to `texts[language][file]`, keyed by
 * the text's JSON pointer (and `#tag` after it for a regional tag such as fr-CA).
 */
function strip(value, pointer, file, texts) {
  if (isText(value)) {
    for (const [tag, text] of Object.entries(value)) {
      if (tag === 'en') continue;
      const language = tag.split('-')[0];
      const key = tag === language ? pointer : `${pointer}#${tag}`;
      ((texts[language] ??= {})[file] ??= {})[key] = text;
    }
    return { en: value.en };
  }
  if (Array.isArray(value))
    return value.map((item, i) => strip(item, `${pointer}/${i}`, file, texts));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        strip(item, `${pointer}/${escape(key)}`, file, texts),
      ]),
    );
  return value;
}

/**
 * @param {import('../dist/manifest/default-data.js').CoreData} core every language, as src/data/source.ts builds it
 * @param {import('../dist/manifest/default-data.js').Sections} sections the guide, the warning signs, the platforms
 * @param {{ region: string, resources: unknown[] }[]} regions the country files (not INTL)
 * @returns {{ core: object, sections: Record<string, unknown>, regions: Record<string, object>,
 *   languages: Record<string, object>, languageRegions: Record<string, Record<string, object>> }}
 */
export function splitData(core, sections, regions) {
  const texts = {};
  const { languages, regions: codes, early, ...rest } = core;
  const english = strip(rest, '', 'core', texts);
  const sectionFiles = Object.fromEntries(
    Object.entries(sections).map(([name, section]) => [name, strip(section, '', name, texts)]),
  );
  const earlyWords = Object.fromEntries(
    Object.entries(early).map(([tag, words]) => [
      tag,
      Object.fromEntries(Object.entries(words).filter(([key]) => EARLY.test(key))),
    ]),
  );
  // A page loads its own country's file only: a service kept in another country's file that serves this country
  // too (Samaritans, in GB's, for Ireland) travels in each file, or an Irish page would never show it.
  const serving = (code) =>
    regions.flatMap(({ resources }) =>
      resources.filter((resource) =>
        resource.regions.some((region) => region.split('-')[0] === code),
      ),
    );
  const files = Object.fromEntries(
    regions.map(({ region }) => [
      region,
      { region, resources: strip(serving(region), '/resources', region, texts) },
    ]),
  );
  // Where an emergency number comes from (its sources, when it was checked) is shown nowhere on a page: it travels
  // with its country's file, so every page does not carry every country's. A country with no file keeps it here.
  english.emergency = english.emergency.map((entry) => {
    const file = files[entry.region];
    if (!file || (!entry.sources && !entry.verified)) return entry;
    const { sources, verified, ...shown } = entry;
    file.emergency = { ...(sources && { sources }), ...(verified && { verified }) };
    return shown;
  });
  // A language's file has its words and the texts of the core and the sections; each country's texts in that
  // language are a file of their own (languages/fr/CA.js), so a French page in Canada loads no Belgian French.
  const others = languages.filter((tag) => tag !== 'en');
  const languageFiles = Object.fromEntries(
    others.map((tag) => {
      const shared = Object.fromEntries(
        Object.entries(texts[tag] ?? {}).filter(([file]) => !(file in files)),
      );
      return [tag, { strings: early[tag], texts: shared }];
    }),
  );
  // Every country has one per language, empty where nothing is translated, so none is ever missing.
  const languageRegions = Object.fromEntries(
    others.map((tag) => [
      tag,
      Object.fromEntries(Object.keys(files).map((code) => [code, texts[tag]?.[code] ?? {}])),
    ]),
  );
  const unknown = Object.keys(texts).filter((tag) => !languages.includes(tag));
  if (unknown.length)
    throw new Error(
      `texts in ${unknown.join(', ')} have no interface words in src/data/strings.json`,
    );
  return {
    core: { languages, regions: codes, ...english, early: earlyWords },
    sections: sectionFiles,
    regions: files,
    languages: languageFiles,
    languageRegions,
  };
}

/** A JavaScript module that hands over `data`; JSON.parse of a string is quicker to start than an object literal. */
export function dataModule(data) {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}
