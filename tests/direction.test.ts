import { expect } from '@open-wc/testing';
import { directionOf } from '../src/i18n/direction.js';

describe('directionOf', () => {
  it('knows the right-to-left languages, with or without a region', () => {
    for (const tag of [
      'ar',
      'ar-EG',
      'fa',
      'he',
      'ur',
      'ps',
      'sd',
      'ug',
      'yi',
      'dv',
      'ckb',
      'iw',
    ]) {
      expect(directionOf(tag), tag).to.equal('rtl');
    }
  });

  it('keeps left-to-right languages left to right', () => {
    for (const tag of ['en', 'en-US', 'es', 'fr-CA', 'ku', 'tr', 'zh-Hant-TW', 'hi']) {
      expect(directionOf(tag), tag).to.equal('ltr');
    }
  });

  it('lets an explicit script decide', () => {
    expect(directionOf('ku-Arab')).to.equal('rtl');
    expect(directionOf('az-Arab')).to.equal('rtl');
    expect(directionOf('ar-Latn')).to.equal('ltr');
    expect(directionOf('sd-Deva')).to.equal('ltr');
    expect(directionOf('ff-Adlm')).to.equal('rtl');
  });

  it('asks Intl about a script that only the region implies', () => {
    // Punjabi is written in Gurmukhi in India and in Arabic script (Shahmukhi) in Pakistan.
    expect(directionOf('pa-PK')).to.equal('rtl');
    expect(directionOf('pa-IN')).to.equal('ltr');
  });

  it('reads a tag written with an underscore or in capitals', () => {
    expect(directionOf('AR_eg')).to.equal('rtl');
    expect(directionOf('KU-ARAB')).to.equal('rtl');
  });

  it('falls back to left to right for anything it cannot read', () => {
    for (const tag of ['', 'x', 'not a tag', '123']) {
      expect(directionOf(tag), JSON.stringify(tag)).to.equal('ltr');
    }
  });
});
