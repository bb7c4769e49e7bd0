import { describe, expect, it } from 'vitest';
import { langParam, localeOf, localized, unlocalized } from './locales';

describe('localeOf', () => {
  it('reads the language from the first segment', () => {
    expect(localeOf('/es/techniques/neck-line-trace/')).toBe('es');
    expect(localeOf('/es/')).toBe('es');
    expect(localeOf('/techniques/neck-line-trace/')).toBe('en');
    expect(localeOf('/')).toBe('en');
    expect(localeOf('/escape/')).toBe('en');
  });
});

describe('localized and unlocalized', () => {
  it('puts an address in a language and takes it out again', () => {
    expect(localized('es', '/safety/#emergency')).toBe('/es/safety/#emergency');
    expect(localized('es', '/')).toBe('/es/');
    expect(localized('en', '/es/safety/')).toBe('/safety/');
    expect(localized('es', '/es/safety/')).toBe('/es/safety/');
    expect(unlocalized('/es/')).toBe('/');
    expect(unlocalized('/es/routines/build/?steps=a')).toBe('/routines/build/?steps=a');
    expect(unlocalized('/areas/')).toBe('/areas/');
  });

  it('leaves anchors and other sites alone', () => {
    expect(localized('es', '#steps')).toBe('#steps');
    expect(localized('es', 'https://www.nhs.uk/')).toBe('https://www.nhs.uk/');
    expect(localized('es', '//example.org/')).toBe('//example.org/');
  });
});

describe('langParam', () => {
  it('gives English no prefix', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('es')).toBe('es');
  });
});
