import { dataSource } from '../data/source.js';
import { DefaultData } from './default-data.js';

/**
 * The built-in data on this page, shared by every element. The script-tag build puts src/data/source-built.ts in
 * place of src/data/source.ts (rollup.config.mjs), so there a country's services and a language's words load as
 * files beside the script when a panel first needs them.
 */
export const defaults = new DefaultData(dataSource);
