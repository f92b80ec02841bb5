/** Types for generate.mjs, so browser tests written in TypeScript can feed the bench's data to the schema. */
export function generateManifest(
  count: number,
  vocabulary: { KINDS: readonly string[]; AUDIENCES: readonly string[] },
  seed?: number,
): { version: 1; extends: 'default'; resources: Record<string, unknown>[] };
