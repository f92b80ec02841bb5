// reference/ is the repository's copy of the project's shared reference, so a clone alone can check its data.
// Where the shared reference sits beside the repository (../shared/reference/ from the repository root, or, for a
// git worktree, beside the main checkout), the two must match: an update there is to be copied in here.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const copy = join(root, 'reference');

/** The shared reference folder beside this checkout or beside the main checkout of a worktree, if any. */
function sharedReference() {
  const candidates = [join(root, '..', 'shared', 'reference')];
  const git = join(root, '.git');
  // In a worktree, .git is a file naming <main>/.git/worktrees/<name>.
  if (existsSync(git) && statSync(git).isFile()) {
    const gitdir = readFileSync(git, 'utf8')
      .match(/gitdir:\s*(.+)/)?.[1]
      ?.trim();
    if (gitdir)
      candidates.push(join(resolve(root, gitdir, '..', '..', '..'), '..', 'shared', 'reference'));
  }
  return candidates.find((path) => existsSync(path) && statSync(path).isDirectory());
}

const shared = sharedReference();

test('the repository carries its own reference', () => {
  for (const name of ['resources.md', 'guidance.md'])
    assert.ok(existsSync(join(copy, name)), `reference/${name} is missing`);
});

test(
  'reference/ matches the shared reference beside the repository',
  {
    skip: shared ? false : 'no shared reference beside this checkout; reference/ is used as it is',
  },
  () => {
    const from = relative(root, shared);
    const fix = `copy it in: cp ${from}/* reference/ (then run the data tests and commit)`;
    const theirs = readdirSync(shared)
      .filter((name) => name.endsWith('.md'))
      .sort();
    const ours = readdirSync(copy)
      .filter((name) => name.endsWith('.md'))
      .sort();
    assert.deepEqual(ours, theirs, `reference/ does not hold the same files as ${from}; ${fix}`);
    const differ = theirs.filter(
      (name) => readFileSync(join(shared, name), 'utf8') !== readFileSync(join(copy, name), 'utf8'),
    );
    assert.deepEqual(differ, [], `${from} has changed since reference/ was copied; ${fix}`);
  },
);
