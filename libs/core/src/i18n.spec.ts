import { Locale, localeFromAcceptLanguage } from './i18n.js';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, Locale.id],
    ['', Locale.id],
    ['en', Locale.en],
    ['en-US,en;q=0.9', Locale.en],
    ['id-ID,id;q=0.9,en;q=0.8', Locale.id],
    ['en;q=0.5,id;q=0.8', Locale.id],
    ['fr-FR,en;q=0.7', Locale.en],
    ['fr-FR,de', Locale.id],
  ])('%j -> %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
