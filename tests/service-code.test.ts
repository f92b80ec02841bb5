/** Service codes with * and # (Chile's *4141, Japan's #8103): shown as dialled, called through tel: with # as %23. */
import { expect } from '@open-wc/testing';
import { channelHref } from '../src/internal/channels.js';
import { Channel } from '../src/manifest/schema.js';
import { displayMatchesNumber } from '../src/manifest/trust.js';

const pick = (value: unknown) => String(value ?? '');

describe('service codes', () => {
  it('a display must show the code exactly as it is dialled', () => {
    expect(displayMatchesNumber('#8103', '#8103')).to.equal(true);
    expect(displayMatchesNumber('*4141', '*4141')).to.equal(true);
    expect(displayMatchesNumber('8103', '#8103')).to.equal(false);
    expect(displayMatchesNumber('#8103', '8103')).to.equal(false);
    expect(displayMatchesNumber('*4141', '#4141')).to.equal(false);
  });

  it('a tel: link writes # as %23, so the dialer gets the whole code', () => {
    expect(channelHref({ type: 'phone', display: '#8103', number: '#8103' }, pick)).to.equal(
      'tel:%238103',
    );
    expect(channelHref({ type: 'phone', display: '*4141', number: '*4141' }, pick)).to.equal(
      'tel:*4141',
    );
  });

  it('only a phone may dial a service code, never a text', () => {
    expect(
      Channel.safeParse({ type: 'phone', display: '#8891', number: '#8891' }).success,
    ).to.equal(true);
    expect(Channel.safeParse({ type: 'text', display: '*4141', number: '*4141' }).success).to.equal(
      false,
    );
  });
});
