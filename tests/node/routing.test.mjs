// docs/routing.md is the routing table reviewers read: it must match what the built code routes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultManifest } from '../../dist/manifest/default-manifest.js';
import { routingTable } from '../../dist/manifest/routing-table.js';

test('docs/routing.md is current (run `npm run routes` after changing data or routing)', () => {
  const committed = readFileSync(new URL('../../docs/routing.md', import.meta.url), 'utf8');
  assert.ok(
    committed === routingTable(defaultManifest),
    'docs/routing.md is out of date: run `npm run routes` and commit it',
  );
});
