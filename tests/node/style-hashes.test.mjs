// The style-src hashes of drawn HTML (issue 17), without a browser: the text of each <style> as an HTML parser reads
// it (raw text, line ends as \n), hashed as UTF-8. tests/node/prerender-csp.test.mjs checks them in Chromium.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { styleHashes, styleTexts } from '../../dist/style-hashes.js';

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('the text of each <style>, as the parser reads it: entities kept, nothing trimmed, line ends as \\n', () => {
  const html =
    '<x-a><template shadowrootmode="open"><style> a{b:c}\r\n&amp;\r</style><p>x</p></template></x-a>' +
    '<STYLE media="print">d{e:"</p>"}</style >';
  assert.deepEqual(styleTexts(html), [' a{b:c}\n&amp;\n', 'd{e:"</p>"}']);
});

test('one hash per different style, in the order first seen; text outside <style> changes nothing', () => {
  const one = '<style>a{b:"é"}</style>';
  assert.deepEqual(styleHashes(`<p>1</p>${one}<p>2</p>${one}<style>c{}</style>`), [
    sha('a{b:"é"}'),
    sha('c{}'),
  ]);
  assert.deepEqual(styleHashes('<p>no style</p>'), []);
});
