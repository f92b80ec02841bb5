import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { moreIssues } from '../src/manifest/read.js';
import {
  MAX_ISSUES,
  MAX_ITEMS,
  MAX_NAME,
  MAX_RESOURCES,
  MAX_TEXT,
  MAX_URL,
  isSafeHref,
  parseManifest,
  parseManifestInSteps,
  type ManifestIssue,
} from '../src/manifest/schema.js';
import { hostileManifest, javascriptLinkManifest, schoolManifest } from './fixtures/manifests.js';

function issuesOf(value: unknown): ManifestIssue[] {
  const result = parseManifest(value);
  return result.ok ? [] : result.issues;
}

/** A valid stand-alone manifest with one resource, changed by `edit` to break one field. */
function withResource(edit: (resource: Record<string, unknown>) => void): unknown {
  const resource: Record<string, unknown> = {
    id: 'test-line',
    kind: 'helpline',
    name: 'Test line',
    description: 'For tests.',
    regions: ['US'],
    audiences: ['teen'],
    topics: ['youth-support'],
    channels: [{ type: 'phone', display: '0800 1111', number: '+448001111' }],
  };
  edit(resource);
  return { version: 1, resources: [resource] };
}

describe('manifest schema', () => {
  it('accepts the built-in default manifest', () => {
    expect(issuesOf(defaultManifest)).to.deep.equal([]);
  });

  it('accepts a school manifest that extends the default', () => {
    expect(issuesOf(schoolManifest)).to.deep.equal([]);
  });

  it('accepts hostile strings in text fields: they are rendered as text, not refused', () => {
    const result = parseManifest({
      ...hostileManifest,
      resources: [
        {
          ...hostileManifest.resources[0],
          channels: [{ type: 'web', url: 'https://example.org' }],
        },
      ],
    });
    expect(result.ok).to.equal(true);
  });

  it('refuses a javascript: link and names its path', () => {
    expect(issuesOf(javascriptLinkManifest)).to.deep.equal([
      { path: 'resources[0].channels[0].url', message: 'must be an https: link' },
    ]);
  });

  for (const url of [
    'http://example.org',
    'data:text/html,hi',
    'javascript:alert(1)',
    'ftp://x.org',
    'not a url',
  ]) {
    it(`refuses the web link ${url}`, () => {
      const issues = issuesOf(withResource((r) => (r.channels = [{ type: 'web', url }])));
      expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].channels[0].url']);
    });
  }

  it('accepts a link and a texting keyword per language, an empty keyword meaning none', () => {
    const manifest = withResource(
      (r) =>
        (r.channels = [
          { type: 'chat', url: { en: 'https://example.org', fr: 'https://example.fr' } },
          { type: 'text', display: '686868', number: '686868', body: { en: 'HELLO', fr: '' } },
        ]),
    );
    expect(issuesOf(manifest)).to.deep.equal([]);
  });

  it('refuses a link in a language map that is not https, and names its language', () => {
    const issues = issuesOf(
      withResource(
        (r) =>
          (r.channels = [
            { type: 'web', url: { en: 'https://example.org', fr: 'javascript:alert(1)' } },
          ]),
      ),
    );
    expect(issues).to.deep.equal([
      { path: 'resources[0].channels[0].url.fr', message: 'must be an https: link' },
    ]);
  });

  it('refuses an empty map of links', () => {
    const issues = issuesOf(withResource((r) => (r.channels = [{ type: 'web', url: {} }])));
    expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].channels[0].url']);
  });

  it('refuses a source that is not https', () => {
    const issues = issuesOf(withResource((r) => (r.sources = ['http://example.org'])));
    expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].sources[0]']);
  });

  it('reports unknown keys by path', () => {
    const issues = issuesOf(withResource((r) => (r.phoneNumber = '911')));
    expect(issues).to.deep.equal([
      {
        path: 'resources[0].phoneNumber',
        message: 'is not a field the manifest knows (check its spelling)',
      },
    ]);
  });

  it('reports an unknown top-level key', () => {
    expect(issuesOf({ version: 1, resource: [] }).map((i) => i.path)).to.deep.equal(['resource']);
  });

  const bad: [string, (r: Record<string, unknown>) => void, string][] = [
    ['a region that is not ISO 3166', (r) => (r.regions = ['USA']), 'resources[0].regions[0]'],
    ['an unknown audience', (r) => (r.audiences = ['everyone']), 'resources[0].audiences[0]'],
    ['an unknown kind', (r) => (r.kind = 'charity'), 'resources[0].kind'],
    ['an id that is not kebab-case', (r) => (r.id = 'Test Line'), 'resources[0].id'],
    ['empty text', (r) => (r.name = ''), 'resources[0].name'],
    [
      'an empty translation',
      (r) => (r.description = { en: 'ok', es: '' }),
      'resources[0].description.es',
    ],
    ['no channels', (r) => (r.channels = []), 'resources[0].channels'],
    [
      'a one-digit short code',
      (r) => (r.channels = [{ type: 'phone', display: '1', number: '1' }]),
      'resources[0].channels[0].number',
    ],
    [
      'a phone number that is not E.164',
      (r) => (r.channels = [{ type: 'phone', display: '0800 1111', number: '08001111a' }]),
      'resources[0].channels[0].number',
    ],
    [
      'an unknown channel type',
      (r) => (r.channels = [{ type: 'pigeon', url: 'https://x.org' }]),
      'resources[0].channels[0].type',
    ],
    [
      'an unknown time zone',
      (r) =>
        (r.hours = {
          type: 'weekly',
          timeZone: 'Mars/Olympus',
          spans: [{ days: ['mon'], open: '09:00', close: '17:00' }],
        }),
      'resources[0].hours.timeZone',
    ],
    [
      'a time that is not a time',
      (r) =>
        (r.hours = {
          type: 'weekly',
          timeZone: 'Europe/London',
          spans: [{ days: ['mon'], open: '9am', close: '17:00' }],
        }),
      'resources[0].hours.spans[0].open',
    ],
    [
      'an unknown day',
      (r) =>
        (r.hours = {
          type: 'weekly',
          timeZone: 'UTC',
          spans: [{ days: ['monday'], open: '09:00', close: '17:00' }],
        }),
      'resources[0].hours.spans[0].days[0]',
    ],
    ['a bad verified date', (r) => (r.verified = '23/11/2026'), 'resources[0].verified'],
    // A try from the README: "checked Jan 1, 2099" on a site's card, and a card with a blank title.
    ['a verified date to come', (r) => (r.verified = '2099-01-01'), 'resources[0].verified'],
    ['a name of only spaces', (r) => (r.name = { en: '  ' }), 'resources[0].name.en'],
    ['an unknown anonymity', (r) => (r.anonymous = 'maybe'), 'resources[0].anonymous'],
  ];
  for (const [what, edit, path] of bad) {
    it(`refuses ${what} at ${path}`, () => {
      expect(issuesOf(withResource(edit)).map((i) => i.path)).to.deep.equal([path]);
    });
  }

  it('refuses a missing required field', () => {
    const issues = issuesOf(withResource((r) => delete r.description));
    expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].description']);
  });

  it('refuses a second resource with the same id', () => {
    const manifest = withResource(() => {}) as { resources: unknown[] };
    manifest.resources.push(manifest.resources[0]);
    expect(issuesOf(manifest)).to.deep.equal([
      { path: 'resources[1].id', message: '"test-line" is used by another resource' },
    ]);
  });

  it('refuses another version', () => {
    expect(issuesOf({ version: 2 }).map((i) => i.path)).to.deep.equal(['version']);
  });

  it('names the whole file when it is not an object', () => {
    expect(issuesOf('hello').map((i) => i.path)).to.deep.equal(['(the whole file)']);
  });

  it('says in words what version and extends may be, and that the file must be an object', () => {
    expect(issuesOf({ version: '1', extends: 'defaults' })).to.deep.equal([
      { path: 'version', message: 'must be 1' },
      { path: 'extends', message: 'may only be "default", or be left out' },
    ]);
    for (const value of [[], null, 42, 'text'])
      expect(issuesOf(value)).to.deep.equal([
        {
          path: '(the whole file)',
          message: 'must be a JSON object, like { "version": 1, "extends": "default" }',
        },
      ]);
  });

  it('names the types a channel or hours may have, instead of "Invalid input"', () => {
    const issues = issuesOf(
      withResource((r) => {
        r.channels = [{ type: 'fax', number: '+15550100' }];
        r.hours = { type: 'sometimes' };
      }),
    );
    expect(issues).to.deep.equal([
      {
        path: 'resources[0].channels[0].type',
        message: 'must be one of "phone", "text", "chat", "web", "email"',
      },
      { path: 'resources[0].hours.type', message: 'must be one of "always", "online", "weekly"' },
    ]);
  });

  it('lists the allowed values, says what is missing and names the type a field wants', () => {
    const issues = issuesOf(
      withResource((r) => {
        r.audiences = ['teen', 'grandparent'];
        r.channels = [{ type: 'phone', number: '+15550100' }];
        r.description = 42;
        delete r.name;
      }),
    );
    expect(issues).to.deep.equal([
      { path: 'resources[0].name', message: 'is required' },
      { path: 'resources[0].description', message: 'must be a string or an object' },
      {
        path: 'resources[0].audiences[1]',
        message: 'must be one of "child", "teen", "parent", "educator", "adult"',
      },
      { path: 'resources[0].channels[0].display', message: 'is required' },
    ]);
    expect(issuesOf({ version: 1, extends: 'default', locales: 'en' })).to.deep.equal([
      { path: 'locales', message: 'must be a list' },
    ]);
  });

  describe('limits', () => {
    it('refuses a text, a name, a link and a string key over their limits, by path', () => {
      const resource = (withResource(() => {}) as { resources: Record<string, unknown>[] })
        .resources[0]!;
      const manifest = {
        version: 1,
        extends: 'default',
        resources: [
          { ...resource, description: { en: 'a'.repeat(MAX_TEXT + 1) } },
          {
            ...resource,
            id: 'b',
            name: 'n'.repeat(MAX_NAME + 1),
            description: 'd'.repeat(MAX_TEXT),
          },
          {
            ...resource,
            id: 'c',
            channels: [{ type: 'web', url: `https://a.org/${'x'.repeat(MAX_URL)}` }],
          },
        ],
        strings: { en: { [`k${'e'.repeat(MAX_NAME)}`]: 'v' } },
      };
      expect(issuesOf(manifest)).to.deep.equal([
        {
          path: 'resources[0].description.en',
          message: 'is 2,001 characters long; at most 2,000 are allowed',
        },
        { path: 'resources[1].name', message: 'is 201 characters long; at most 200 are allowed' },
        {
          path: 'resources[2].channels[0].url',
          message: 'is 2,062 characters long; at most 2,048 are allowed',
        },
        {
          path: 'strings.en.keeeeeeeeeeeeeeeeeee…',
          message: 'is a field name longer than 200 characters',
        },
      ]);
    });

    it('holds a text in Indonesian ("id") to its field\'s limit, not to the limit of an id', () => {
      const description = { en: 'Talk to me.', id: 'd'.repeat(MAX_TEXT) };
      expect(issuesOf(withResource((r) => (r.description = description)))).to.deep.equal([]);
      const link = { en: 'https://a.org/', id: `https://a.org/${'x'.repeat(MAX_NAME)}` };
      const web = withResource((r) => (r.channels = [{ type: 'web', url: link }]));
      expect(issuesOf(web)).to.deep.equal([]);
      const tooLong = withResource((r) => (r.description = { id: 'd'.repeat(MAX_TEXT + 1) }));
      expect(issuesOf(tooLong)).to.deep.equal([
        {
          path: 'resources[0].description.id',
          message: 'is 2,001 characters long; at most 2,000 are allowed',
        },
      ]);
    });

    it('holds a field named like an Object method ("constructor") to the limit too', () => {
      const manifest = {
        version: 1,
        extends: 'default',
        strings: { en: { constructor: 's'.repeat(MAX_TEXT + 1) } },
      };
      expect(issuesOf(manifest)).to.deep.equal([
        {
          path: 'strings.en.constructor',
          message: 'is 2,001 characters long; at most 2,000 are allowed',
        },
      ]);
    });

    it('refuses a 1 MB word on its length alone, before any pattern runs on it', () => {
      const issues = issuesOf(withResource((r) => (r.id = 'x'.repeat(1024 * 1024))));
      expect(issues).to.deep.equal([
        {
          path: 'resources[0].id',
          message: 'is 1,048,576 characters long; at most 200 are allowed',
        },
      ]);
    });

    it(`refuses more than ${MAX_RESOURCES.toLocaleString('en')} resources and long lists without checking each`, () => {
      const resources = new Array(MAX_RESOURCES + 1).fill(0);
      expect(
        issuesOf({ version: 1, resources, hide: new Array(MAX_ITEMS + 1).fill('x') }),
      ).to.deep.equal([
        { path: 'resources', message: 'has 20,001 items; at most 20,000 are allowed' },
        { path: 'hide', message: 'has 1,001 items; at most 1,000 are allowed' },
      ]);
    });

    it(`refuses an object with more than ${MAX_ITEMS.toLocaleString('en')} fields, by path`, () => {
      const fields = (n: number) =>
        Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
      expect(
        issuesOf({ version: 1, extends: 'default', strings: { en: fields(MAX_ITEMS) } }),
      ).to.deep.equal([]);
      expect(
        issuesOf({ version: 1, extends: 'default', strings: { en: fields(MAX_ITEMS + 1) } }),
      ).to.deep.equal([
        { path: 'strings.en', message: 'has 1,001 fields; at most 1,000 are allowed' },
      ]);
    });

    it('lists the first 100 of 20,000 broken resources and counts the rest, with no stack overflow', async () => {
      const resources = Array.from({ length: 20_000 }, (_, i) => ({
        id: `Bad ${i}`,
        kind: 'nope',
      }));
      const result = await parseManifestInSteps({ version: 1, extends: 'default', resources });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.issues.length).to.equal(MAX_ISSUES);
      expect(result.issues[0]).to.deep.equal({
        path: 'resources[0].id',
        message: 'must be kebab-case, like "my-helpline"',
      });
      // id, kind, name, description, regions, audiences, topics, channels: 8 each.
      expect(result.total).to.equal(160_000);
      expect(moreIssues(result.issues.length, result.total)).to.equal('and 159,900 more');
    });
  });

  describe('warnings', () => {
    const hint = 'did you mean "extends": "default"?';
    it('warns when a stand-alone manifest hides ids or has no guide or emergency numbers', () => {
      const result = parseManifest({ version: 1, hide: ['nhth'] });
      expect(result.ok).to.equal(true);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['hide', 'guide', 'emergency']);
      for (const warning of result.warnings) expect(warning.message).to.contain(hint);
    });

    it('does not warn for a manifest that extends the default, or one that is complete', () => {
      expect(parseManifest(schoolManifest).warnings).to.deep.equal([]);
      expect(parseManifest(defaultManifest).warnings).to.deep.equal([]);
    });
  });

  it('allows only https:, tel:, sms: and mailto: hrefs', () => {
    expect(
      ['https://a.org', 'tel:+1800', 'sms:233733', 'mailto:a@b.org'].every(isSafeHref),
    ).to.equal(true);
    expect(
      [
        'http://a.org',
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'data:,x',
        '/relative',
        'vbscript:x',
      ].some(isSafeHref),
    ).to.equal(false);
  });
});

describe('default manifest content', () => {
  const ids = defaultManifest.resources.map((r) => r.id);

  it('carries every resource the reference marks confirmed, and none it marks likely', () => {
    expect(ids).to.include.members([
      'ncmec-cybertipline',
      'ncmec-take-it-down',
      'fbi-tips',
      'nhth',
      'rainn-hotline',
      'dod-safe-helpline',
      'cybertip-ca',
      'needhelpnow-ca',
      'kids-help-phone',
      'childline-report-remove',
      'childline',
      'nspcc-helpline',
      'iwf-report',
      'esafety-report',
      'stopncii',
      'inhope',
    ]);
    // The second pass confirmed these (reference/resources.md, 2026-11-23).
    expect(ids).to.include.members([
      'ccri-helpline',
      'lifeline-988',
      'crisis-text-line',
      'childhelp',
      'boys-town-hotline',
      'ncmec-support',
      'ca-trafficking-hotline',
      'revenge-porn-helpline',
      'shout-85258',
      'samaritans',
      'kids-helpline-au',
      'respect-au',
      'lifeline-au',
      'hotline-ie',
      'childline-ie',
      'ceop',
      'accce-report',
    ]);
    // "Not shipped" in the reference.
    for (const notShipped of ['teen-line', 'love-is-respect'])
      expect(ids).not.to.include(notShipped);
  });

  it('gives every resource a source, and a verified date only from a pass of the reference', () => {
    // The reference's passes were read on these days; its "likely" rows ship with no date (tests/node/reference).
    const passes = ['2026-11-23', '2026-12-06'];
    for (const resource of defaultManifest.resources) {
      expect(resource.sources?.length, resource.id).to.be.greaterThan(0);
      if (resource.verified !== undefined)
        expect(passes, resource.id).to.include(resource.verified);
    }
  });

  it('has emergency numbers for US, CA, GB, AU and IE', () => {
    const byRegion = Object.fromEntries(
      defaultManifest.emergency
        .filter((e) => ['US', 'CA', 'GB', 'AU', 'IE'].includes(e.region))
        .map((e) => [e.region, e.numbers]),
    );
    expect(byRegion).to.include({});
    expect(byRegion.US).to.deep.equal(['911']);
    expect(byRegion.CA).to.deep.equal(['911']);
    expect(byRegion.GB).to.deep.equal(['999', '112']);
    expect(byRegion.AU).to.deep.equal(['000']);
    expect(byRegion.IE).to.deep.equal(['112', '999']);
    expect(defaultManifest.emergency.find((e) => e.region === 'GB')?.nonEmergency).to.deep.equal([
      { display: '101', number: '101' },
    ]);
  });

  it('has the numbers the reference gives, dialled in E.164', () => {
    const numbers = defaultManifest.resources.flatMap((r) =>
      r.channels.flatMap((c) =>
        c.type === 'phone' || c.type === 'text' ? [`${r.id} ${c.number}`] : [],
      ),
    );
    expect(numbers).to.include.members([
      'ncmec-cybertipline +18008435678',
      'fbi-tips +18002255324',
      'nhth +18883737888',
      'nhth 233733',
      'rainn-hotline +18006564673',
      'childline +448001111',
      'nspcc-helpline +448088005000',
      'kids-help-phone +18006686868',
      'cybertip-ca +18666589022',
    ]);
  });

  it('has English and Spanish for every piece of guidance text', () => {
    const texts = [
      ...defaultManifest.guide.situations.flatMap((s) => [
        s.title,
        s.recognise,
        ...(s.urgent ?? []),
        ...s.keep,
        ...s.never,
      ]),
      ...defaultManifest.guide.faq.flatMap((f) => [f.question, f.answer]),
      ...defaultManifest.guide.steps.flatMap((s) => [s.title, s.summary]),
      ...defaultManifest.warningSigns.groups.flatMap((g) => [
        g.title,
        ...g.signs.flatMap((s) => [s.text, s.why!]),
      ]),
      ...defaultManifest.resources.map((r) => r.description),
    ];
    for (const text of texts) {
      expect(text).to.include.all.keys('en', 'es');
    }
  });
});
