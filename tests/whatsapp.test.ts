import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import { fakeFetch, json, settled, usResource } from './helpers.js';

const WARNING = 'Only to talk. Never send pictures or videos here.';

/** What a person reads beside each way to reach the service, one line per way. */
function channelLines(el: HotlineListElement, id: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(`[data-id="${id}"] li.channel`)].map((li) =>
    (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
  );
}

describe('a WhatsApp number to talk to', () => {
  let fake: ReturnType<typeof fakeFetch> | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
  });

  it('says under the WhatsApp link, and only there, never to send pictures or videos', async () => {
    fake = fakeFetch({
      '/talk.json': json({
        version: 1,
        // Stands alone: one service, so its card is the first shown (the console says there is no guide).
        resources: [
          usResource(1, {
            channels: [
              { type: 'phone', display: '017', number: '017' },
              { type: 'chat', url: 'https://wa.me/34900116117', label: 'WhatsApp +34 900 116 117' },
              { type: 'chat', url: 'https://service-1.example/chat' },
            ],
          }),
        ],
      }),
    });
    const el = await settled(
      await fixture<HotlineListElement>(
        html`<hotline-list region="US" manifest="/talk.json"></hotline-list>`,
      ),
    );
    const lines = channelLines(el, 'service-1');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.not.include(WARNING);
    expect(lines[1]).to.include('WhatsApp +34 900 116 117');
    expect(lines[1]).to.include(WARNING);
    expect(lines[2]).to.not.include(WARNING);
    const link = el.shadowRoot!.querySelector('[data-id="service-1"] a[href^="https://wa.me/"]');
    expect(link!.getAttribute('href')).to.equal('https://wa.me/34900116117');
  });

  it('says it in Spanish and French too', async () => {
    for (const [lang, words] of [
      ['es', 'Nunca envíes fotos ni videos'],
      ['fr', 'N’envoie jamais de photos ni de vidéos'],
    ]) {
      const el = await settled(
        await fixture<HotlineListElement>(
          html`<hotline-list region="ES" lang=${lang}></hotline-list>`,
        ),
      );
      const lines = channelLines(el, 'es-017');
      expect(
        lines.find((line) => line.includes('WhatsApp')),
        lang,
      ).to.include(words);
    }
  });
});
