/**
 * The resource manifest: one JSON document that carries every word, number and link the elements show.
 *
 * Written with zod/mini rather than full zod: the schema is the same, the bundle is about 16 KB gzip smaller
 * (see ../shared/TOOLCHAIN.md figures and bench/).
 *
 * In parts: schema-fields.ts (texts, links, hours, channels, the resource), schema-sections.ts (the other sections
 * and the manifest), schema-check.ts (limits, schema and paths), resource-check.ts (the fast path).
 */
export * from './vocabulary.js';
export * from './limits.js';
export {
  Audience,
  Channel,
  Hours,
  Kind,
  Link,
  Region,
  Resource,
  Source,
  Text,
} from './schema-fields.js';
export * from './schema-sections.js';
export * from './schema-check.js';
