// `npm run test:wordpress`: the plugin in a real WordPress (Debian's), checked in Chromium as a visitor and an
// administrator would use it. Prints one line per check and a closing `N passed, N failed`; exits 1 on a failure.
// Screenshots go to SP_WP_SHOTS when set. SP_WP_KEEP=1 keeps the temporary folder (logs) for a look.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/browser.mjs';
import { buildChecks } from './build-checks.mjs';
import { ensurePackages, startWordPress } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const zip = join(root, 'dist', 'safety-panels-wordpress.zip');
const shots = process.env.SP_WP_SHOTS;
const results = { passed: 0, failed: 0 };

async function check(name, work) {
  try {
    await work();
    results.passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    results.failed += 1;
    console.log(
      `not ok - ${name}\n  ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n  ')}`,
    );
  }
}

function skip(name, why) {
  console.log(`skip - ${name}: ${why}`);
}

const COUNSELLOR = {
  name: 'Ms Rivera, school counsellor',
  phone: '+1 313 555 0142',
  url: 'https://lakeside.example/counsellor',
  // Text that would end the inline manifest's script element, or run, if it were not escaped.
  description:
    'Room 12, school days 8:30 to 3:30. </script><script>document.title="broken"</script> <!--<script> <b>x</b> & you',
};

// Without the server-rendering API the build makes no fragments; this one, put where a fragment goes, checks
// that the plugin prints a fragment when one is there (and the element's fallback when not).
const FIXTURE = 'safety-panels/prerendered/hotline-list/en/US.html';
const hasFragments = existsSync(join(root, 'wordpress', FIXTURE));
const fixtures = hasFragments
  ? {}
  : {
      [FIXTURE]:
        '<hotline-list lang="en" region="US" defer-hydration><template shadowrootmode="open"><p>Prerendered: call 911</p></template></hotline-list>',
    };

// The bundle reads a `<script type="application/json">` child only once issue 17 part 2 is in it.
const readsInline = readFileSync(join(root, 'dist', 'safety-panels.js'), 'utf8').includes(
  'application/json',
);

const shadowText = (page, selector) =>
  page.$eval(selector, (element) => element.shadowRoot?.textContent ?? '');

async function saveSettings(page, origin, values) {
  await page.goto(`${origin}/wp-admin/options-general.php?page=safety-panels`);
  for (const [field, value] of Object.entries(values)) {
    const input = page.locator(`#safety-panels-${field.replace(/_/g, '_')}`);
    if (field === 'region' || field === 'lang') await input.selectOption(value);
    else await input.fill(value);
  }
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
}

async function main() {
  if (!existsSync(zip)) {
    console.log('not ok - dist/safety-panels-wordpress.zip is missing: run `npm run build` first');
    return;
  }
  await buildChecks(check, root, zip);
  ensurePackages();
  const site = await startWordPress({
    zip,
    fixtures,
    setup: `
$weather = wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Weather today', 'post_content' => 'Sunny.'));
$help = wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Get help', 'post_content' =>
  "<!-- wp:paragraph --><p>If something online worries you, you are not in trouble.</p><!-- /wp:paragraph -->\\n" .
  "<!-- wp:shortcode -->[hotline_list]<!-- /wp:shortcode -->\\n" .
  "<!-- wp:shortcode -->[report_help]<!-- /wp:shortcode -->\\n" .
  "<!-- wp:shortcode -->[warning_signs audience=\\"parent\\" onclick=\\"alert(1)\\" heading-level=\\"9\\"]<!-- /wp:shortcode -->\\n" .
  "<!-- wp:safety-panels/hotline-list {\\"compact\\":true,\\"headingLevel\\":\\"3\\"} /-->"));
$aide = wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Aide', 'post_content' => '[hotline_list lang="fr" region="CA"]'));
echo 'SETUP:' . wp_json_encode(array('weather' => $weather, 'help' => $help, 'aide' => $aide)) . "\\n";
`,
  });
  const { origin, setup } = site;
  const helpUrl = `${origin}/?page_id=${setup.help}`;
  // Interrupted (Ctrl-C, a CI timeout): stop MariaDB and PHP before going.
  const interrupted = async () => {
    await site.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  let browser;
  try {
    browser = await launchChromium();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const visitor = await browser.newContext();
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });

    await check(
      'before any setting, JavaScript off: a prerendered fragment, else the fallback',
      async () => {
        const page = await noScript.newPage();
        await page.goto(helpUrl);
        const prerendered = await shadowText(page, 'hotline-list:not([compact])');
        assert.match(prerendered, /911/, 'the hotline-list fragment shows the emergency number');
        const exitLinks = await page.$$eval('report-help', ([guide]) =>
          [...(guide.shadowRoot ?? guide).querySelectorAll('a')]
            .filter((a) => /Exit this page/.test(a.textContent))
            .map((a) => a.getAttribute('href')),
        );
        assert.deepEqual(exitLinks, ['https://www.bbc.co.uk/weather'], 'one plain exit link');
        if (shots) {
          await page.setViewportSize({ width: 360, height: 800 });
          const name = hasFragments ? 'prerendered' : 'fallback';
          await page.screenshot({
            path: join(shots, `wordpress-before-settings-no-js-${name}.png`),
          });
        }
        if (hasFragments) {
          assert.match(await shadowText(page, 'report-help'), /CyberTipline/);
        } else {
          const fallback = await page.locator('report-help .safety-panels-fallback').innerText();
          assert.match(fallback, /In immediate danger\? Call 911/);
        }
        await page.close();
      },
    );

    const page = await admin.newPage();
    await check('an administrator saves settings through the admin screen', async () => {
      await page.goto(`${origin}/wp-login.php`);
      await page.fill('#user_login', site.admin.user);
      await page.fill('#user_pass', site.admin.password);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await saveSettings(page, origin, {
        region: 'US',
        exit_url: `/?page_id=${setup.weather}`,
        report_url: '/report/',
        counsellor_name: COUNSELLOR.name,
        counsellor_phone: COUNSELLOR.phone,
        counsellor_url: COUNSELLOR.url,
        counsellor_description: COUNSELLOR.description,
        hide: 'dod-safe-helpline',
      });
      await page.getByText('Settings saved.').waitFor();
      const stored = JSON.parse(
        site.runPhp("echo wp_json_encode(get_option('safety_panels_settings')['region']);"),
      );
      assert.equal(stored, 'US', 'the region is stored as its code');
      assert.equal(
        await page.inputValue('#safety-panels-counsellor_description'),
        COUNSELLOR.description,
      );
      if (shots)
        await page.screenshot({ path: join(shots, 'wordpress-settings.png'), fullPage: true });
    });

    await check('the region menu names each country and stores its code', async () => {
      await page.goto(`${origin}/wp-admin/options-general.php?page=safety-panels`);
      const options = await page.$$eval('#safety-panels-region option', (all) =>
        all.map((option) => [option.value, option.textContent]),
      );
      const data = JSON.parse(
        readFileSync(join(root, 'wordpress', 'safety-panels', 'data', 'builtin.json'), 'utf8'),
      );
      const named = new Intl.DisplayNames(['en'], { type: 'region' });
      assert.deepEqual(
        options
          .slice(1)
          .map(([value]) => value)
          .sort(),
        [...data.regions].sort(),
        'every built-in region, by its code',
      );
      for (const [value, label] of options.slice(1)) {
        const name = value === 'INTL' ? 'Anywhere (international)' : named.of(value);
        assert.equal(label, `${name} (${value})`);
      }
      assert.equal(
        await page.inputValue('#safety-panels-region'),
        'US',
        'the saved code is chosen',
      );
      const labels = options.slice(1).map(([, label]) => label);
      assert.deepEqual(
        labels,
        [...labels].sort((a, b) => a.localeCompare(b, 'en')),
        'in order',
      );
    });

    let inline;
    await check(
      'the published page: the elements render from the plugin’s own files, with the inline manifest',
      async () => {
        const view = await visitor.newPage();
        const requests = [];
        view.on('request', (request) => requests.push(request.url()));
        const errors = [];
        view.on('pageerror', (error) => errors.push(String(error)));
        await view.goto(helpUrl);
        await view.waitForFunction(() =>
          ['hotline-list', 'report-help', 'warning-signs'].every((tag) => customElements.get(tag)),
        );
        await view.waitForFunction(
          () =>
            /Get help now/.test(
              document.querySelector('hotline-list[compact]')?.shadowRoot?.textContent ?? '',
            ),
          null,
          { timeout: 30_000 },
        );
        assert.match(await shadowText(view, 'warning-signs'), /Signs that something may be wrong/);
        assert.equal(
          await view.title().then((t) => t.includes('broken')),
          false,
          'text in the manifest stays text',
        );
        assert.deepEqual(errors, []);
        const foreign = requests.filter((url) => !url.startsWith(`${origin}/`));
        assert.deepEqual(foreign, [], 'no request leaves the site');
        assert.ok(
          requests.some((url) =>
            url.startsWith(`${origin}/wp-content/plugins/safety-panels/assets/safety-panels.js`),
          ),
        );
        const scripts = await view.$$eval('hotline-list, report-help, warning-signs', (elements) =>
          elements.map(
            (element) =>
              element.querySelector(':scope > script[type="application/json"]')?.textContent ??
              null,
          ),
        );
        assert.equal(scripts.filter(Boolean).length, 4, 'every element carries the manifest');
        inline = JSON.parse(scripts[0]);
        assert.equal(inline.resources[0].description, COUNSELLOR.description);
        assert.deepEqual(inline.hide, ['dod-safe-helpline']);
        if (readsInline) {
          await view.waitForFunction(
            (name) => document.querySelector('hotline-list').shadowRoot.textContent.includes(name),
            COUNSELLOR.name,
            { timeout: 30_000 },
          );
        }
        for (const width of shots ? [360, 1280] : []) {
          await view.setViewportSize({ width, height: 900 });
          await view.evaluate(() => window.scrollTo(0, 0));
          await view.screenshot({ path: join(shots, `wordpress-page-${width}.png`) });
          await view.locator('report-help').scrollIntoViewIfNeeded();
          await view.screenshot({ path: join(shots, `wordpress-page-${width}-report-help.png`) });
        }
        await view.close();
      },
    );
    if (!readsInline)
      skip(
        'the elements show the site’s counsellor',
        'the bundle does not read an inline manifest yet (issue 17 part 2)',
      );

    await check('the inline manifest is valid against the package’s own validator', async () => {
      const file = join(site.dir, 'inline.json');
      writeFileSync(file, JSON.stringify(inline));
      const run = spawnSync(
        process.execPath,
        [join(root, 'bin', 'safety-panels.js'), 'validate', file],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stdout + run.stderr);
    });

    await check(
      'JavaScript off: the help, the site’s counsellor and a quick exit that works',
      async () => {
        const view = await noScript.newPage();
        await view.setViewportSize({ width: 360, height: 800 });
        await view.goto(helpUrl);
        // The prerendered help, drawn only without scripts, with the site's settings applied.
        const copy = (tag) => view.locator('noscript', { has: view.locator(tag) });
        const guide = copy('report-help');
        assert.match(await shadowText(view, 'noscript report-help'), /Call 911/);
        assert.match(await shadowText(view, 'noscript report-help'), /CyberTipline/);
        const site = guide.locator('.safety-panels-site-help');
        const text = await site.innerText();
        // Up to "<!--": a block theme runs the page through wptexturize, which writes "--" as a dash.
        const shown = COUNSELLOR.description.split(' <!--')[0];
        assert.ok(
          text.includes(COUNSELLOR.name) && text.includes(shown),
          `the counsellor, as text: ${JSON.stringify(text)}`,
        );
        assert.equal(
          await site.locator(`a[href="tel:+13135550142"]`).innerText(),
          COUNSELLOR.phone,
        );
        assert.equal(
          await site.locator('a', { hasText: 'Report it to this site' }).getAttribute('href'),
          '/report/',
        );
        const services = await shadowText(view, 'noscript hotline-list');
        assert.match(services, /CyberTipline/);
        assert.match(services, /RAINN/);
        assert.doesNotMatch(services, /Safe Helpline/, 'a service the site hides stays hidden');
        assert.doesNotMatch(services, /15 services/, 'no count that counts the hidden one');
        assert.match(await shadowText(view, 'noscript warning-signs'), /Signs that/);
        assert.ok(
          await copy('warning-signs').locator('details summary').first().isVisible(),
          'the signs, in groups',
        );
        assert.equal(
          await view.locator('report-help .safety-panels-fallback').isVisible(),
          false,
          'the short fallback gives way to the copy',
        );
        assert.equal(await view.title().then((t) => t.includes('broken')), false);
        if (shots)
          await view.screenshot({ path: join(shots, 'wordpress-page-no-js.png'), fullPage: true });
        await Promise.all([
          view.waitForNavigation(),
          guide.locator('a', { hasText: 'Exit this page' }).click(),
        ]);
        assert.equal(new URL(view.url()).searchParams.get('page_id'), String(setup.weather));
        assert.match(await view.locator('body').innerText(), /Sunny/);
        await view.close();
      },
    );

    await check('shortcode attributes are whitelisted and checked', async () => {
      const view = await noScript.newPage();
      await view.goto(helpUrl);
      // The last: the first is the copy drawn without scripts, inside <noscript>.
      const signs = view.locator('warning-signs').last();
      assert.equal(await signs.getAttribute('audience'), 'parent');
      assert.equal(await signs.getAttribute('onclick'), null);
      assert.equal(await signs.getAttribute('heading-level'), null);
      assert.equal(
        await view.locator('hotline-list[compact][heading-level="3"]').count(),
        1,
        'the block’s settings',
      );
      await view.goto(`${origin}/?page_id=${setup.aide}`);
      const french = await shadowText(view, 'noscript hotline-list[lang="fr"][region="CA"]');
      assert.match(french, /Obtenir de l’aide maintenant/);
      assert.match(french, /Danger immédiat\s\?\sAppelle le 911/);
      await view.close();
    });

    await check('the block editor offers the three blocks with block.json’s settings', async () => {
      const errors = [];
      const listen = (error) => errors.push(String(error));
      page.on('pageerror', listen);
      await page.goto(`${origin}/wp-admin/post-new.php?post_type=page`);
      await page.waitForFunction(
        () => window.wp?.blocks?.getBlockType('safety-panels/hotline-list')?.edit,
        null,
        { timeout: 60_000 },
      );
      const types = await page.evaluate(() =>
        ['warning-signs', 'report-help', 'hotline-list'].map((tag) => {
          const type = window.wp.blocks.getBlockType(`safety-panels/${tag}`);
          return { title: type.title, attributes: Object.keys(type.attributes) };
        }),
      );
      assert.deepEqual(
        types.map((t) => t.title),
        ['Warning signs', 'Report it and get help', 'Helplines'],
      );
      assert.ok(types[2].attributes.includes('textFirst'));
      assert.ok(types[0].attributes.includes('checklist'));
      await page.evaluate(() => {
        const block = window.wp.blocks.createBlock('safety-panels/hotline-list', { compact: true });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      });
      await page.locator('.safety-panels-editor-box', { hasText: 'Helplines' }).first().waitFor();
      await page.getByLabel('Text and chat before calls').first().waitFor();
      if (shots) await page.screenshot({ path: join(shots, 'wordpress-editor.png') });
      page.off('pageerror', listen);
      assert.deepEqual(errors, []);
    });

    await check(
      'a bad setting is refused with a notice naming the field, and never reaches a page',
      async () => {
        await saveSettings(page, origin, {
          counsellor_phone: 'call me maybe',
          exit_url: 'javascript:alert(1)',
          hide: 'no-such-id <i>typed</i>',
        });
        const notices = await page.locator('.notice-error, .error').allInnerTexts();
        assert.ok(
          notices.some((n) => n.includes('“Counsellor or contact: phone” was not saved')),
          notices.join('\n'),
        );
        assert.ok(
          notices.some((n) => n.includes('“Quick exit goes to” was not saved')),
          notices.join('\n'),
        );
        const quoted = page.locator('.notice-error, .error', {
          hasText: '“Hide these built-in entries” was not saved',
        });
        assert.match(
          await quoted.innerText(),
          /no-such-id, <i>typed<\/i>/,
          'what was typed, as text',
        );
        assert.equal(await quoted.locator('i').count(), 0, 'no markup from the form');
        assert.equal(await page.getByText('Settings saved.').count(), 0);
        assert.equal(await page.inputValue('#safety-panels-counsellor_phone'), COUNSELLOR.phone);
        if (shots) await page.screenshot({ path: join(shots, 'wordpress-settings-refused.png') });
        const view = await noScript.newPage();
        await view.goto(helpUrl);
        const html = await view.content();
        assert.ok(!html.includes('call me maybe') && !html.includes('javascript:alert'));
        await view.close();
      },
    );

    await check('deleting the plugin removes its option (and it stored nothing else)', async () => {
      const before = site.runPhp('echo wp_json_encode(array_keys(wp_load_alloptions()));');
      const ours = JSON.parse(before).filter((name) => /safety/i.test(name));
      assert.deepEqual(ours, ['safety_panels_settings']);
      const after = site.runPhp(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
deactivate_plugins('safety-panels/safety-panels.php');
$deleted = delete_plugins(array('safety-panels/safety-panels.php'));
wp_cache_flush();
echo wp_json_encode(array('deleted' => $deleted === true, 'option' => get_option('safety_panels_settings', 'gone')));`);
      assert.deepEqual(JSON.parse(after), { deleted: true, option: 'gone' });
      assert.equal(existsSync(join(site.plugins, 'safety-panels')), false);
    });
  } finally {
    await browser?.close();
    await site.stop();
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}

if (shots) mkdirSync(shots, { recursive: true });
try {
  await main();
} catch (error) {
  results.failed += 1;
  console.log(`not ok - the WordPress site: ${error?.stack ?? error}`);
}
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed || !results.passed ? 1 : 0;
