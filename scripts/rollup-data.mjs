// The rollup plugin that gives the script-tag bundles their built-in data: src/data/source-built.ts in place of
// src/data/source.ts, the English core as the module `safety-panels:core`, and beside the bundles one file per
// section only some elements use (sections/guide.js), one per country (regions/US.js) and one per language
// (languages/fr.js). It reads the data as tsc compiled it
// (dist/data/source.js), so `npm run build` runs tsc first. The site-manifest loader (src/manifest/site.ts) is
// left to its own self-contained file, safety-panels-site.js, which every bundle loads with import() by its
// absolute address (src/manifest/site-module-built.ts, in place of site-module.ts), as it does the data files.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataModule, splitData } from './split-data.mjs';

const root = new URL('../', import.meta.url);
const builtSource = fileURLToPath(new URL('src/data/source-built.ts', root));
const siteModuleBuilt = fileURLToPath(new URL('src/manifest/site-module-built.ts', root));
const CORE = 'safety-panels:core';

/** @param {{ emit?: boolean }} options `emit: false` for a second output that shares the first one's files */
export function builtData({ emit = true } = {}) {
  let split;
  return {
    name: 'safety-panels-data',
    async buildStart() {
      const source = pathToFileURL(fileURLToPath(new URL('dist/data/source.js', root)));
      const { core, sections, regionData } = await import(source.href);
      split = splitData(
        core,
        sections,
        regionData.filter(({ region }) => region !== 'INTL'),
      );
      if (!emit) return;
      for (const [name, file] of Object.entries(split.sections))
        this.emitFile({ type: 'asset', fileName: `sections/${name}.js`, source: dataModule(file) });
      for (const [code, file] of Object.entries(split.regions))
        this.emitFile({ type: 'asset', fileName: `regions/${code}.js`, source: dataModule(file) });
      for (const [tag, file] of Object.entries(split.languages))
        this.emitFile({ type: 'asset', fileName: `languages/${tag}.js`, source: dataModule(file) });
      for (const [tag, byRegion] of Object.entries(split.languageRegions))
        for (const [code, texts] of Object.entries(byRegion))
          this.emitFile({
            type: 'asset',
            fileName: `languages/${tag}/${code}.js`,
            source: dataModule(texts),
          });
    },
    resolveId(source, importer) {
      if (source === CORE) return `\0${CORE}`;
      if (source === '../data/source.js' && importer?.endsWith('/src/manifest/defaults.ts'))
        return builtSource;
      if (source === './site-module.js' && importer?.endsWith('/src/manifest/load.ts'))
        return siteModuleBuilt;
      return null;
    },
    load(id) {
      return id === `\0${CORE}` ? dataModule(split.core) : null;
    },
  };
}
