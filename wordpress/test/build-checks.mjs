// Checks of what the build makes, without WordPress: the zip holds every file a page and WordPress need, and the
// prerender step writes one fragment per tag, language and region when a render API is there (a stand-in here).
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAGS, prerender } from '../../scripts/wordpress-prerender.mjs';
import { readZip } from '../../scripts/zip.mjs';

export async function buildChecks(check, root, zip) {
  await check(
    'the plugin zip holds the plugin, its blocks and every file the bundle loads',
    async () => {
      const names = new Set(readZip(readFileSync(zip)).map((file) => file.name));
      const data = JSON.parse(
        readFileSync(join(root, 'wordpress/safety-panels/data/builtin.json'), 'utf8'),
      );
      const wanted = [
        'safety-panels.php',
        'uninstall.php',
        'readme.txt',
        'data/builtin.json',
        'blocks/editor.js',
        ...TAGS.map((tag) => `blocks/${tag}/block.json`),
        'assets/safety-panels.js',
        'assets/safety-panels-site.js',
        ...readdirSync(join(root, 'dist/regions')).map((file) => `assets/regions/${file}`),
        ...readdirSync(join(root, 'dist/sections')).map((file) => `assets/sections/${file}`),
        ...data.languages
          .filter((lang) => lang !== 'en')
          .map((lang) => `assets/languages/${lang}.js`),
      ];
      assert.deepEqual(
        wanted.filter((name) => !names.has(`safety-panels/${name}`)),
        [],
      );
      assert.ok(data.regions.includes('US') && data.emergency.US.includes('911'));
      assert.ok(data.ids.includes('ncmec-cybertipline'));
    },
  );

  await check('the plugin says the version package.json says', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const plugin = join(root, 'wordpress/safety-panels');
    const php = readFileSync(join(plugin, 'safety-panels.php'), 'utf8');
    const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
    assert.equal(php.match(/^ \* Version: +(\S+)$/m)?.[1], version, 'safety-panels.php: Version');
    assert.equal(
      php.match(/'SAFETY_PANELS_VERSION', '([^']+)'/)?.[1],
      version,
      'SAFETY_PANELS_VERSION',
    );
    assert.equal(readme.match(/^Stable tag: (\S+)$/m)?.[1], version, 'readme.txt: Stable tag');
  });

  await check(
    'prerender: one fragment per tag, language and region, the element as rendered',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'safety-panels-prerender-'));
      try {
        const plugin = join(dir, 'plugin');
        const none = await prerender({ root: dir, plugin, regions: ['US'], languages: ['en'] });
        assert.equal(none.count, 0);
        assert.equal(existsSync(join(plugin, 'prerendered')), false);
        mkdirSync(join(dir, 'dist/ssr'), { recursive: true });
        writeFileSync(
          join(dir, 'dist/ssr/render.js'),
          'export const renderElement = async (tag, { region, lang }) =>\n' +
            '  `<${tag} region="${region}" lang="${lang}"><template shadowrootmode="open"><p>${lang} ${region}</p></template></${tag}>`;\n',
        );
        const made = await prerender({
          root: dir,
          plugin,
          regions: ['GB', 'US'],
          languages: ['en', 'fr'],
        });
        assert.equal(made.count, TAGS.length * 4);
        assert.equal(
          readFileSync(join(plugin, 'prerendered/report-help/fr/GB.html'), 'utf8'),
          '<report-help region="GB" lang="fr"><template shadowrootmode="open"><p>fr GB</p></template></report-help>',
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
