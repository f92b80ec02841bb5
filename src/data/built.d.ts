/** The English core of the built-in data, which the build writes (scripts/rollup-data.mjs). */
declare module 'safety-panels:core' {
  import type { CoreData } from '../manifest/default-data.js';

  const core: CoreData;
  export default core;
}
