// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speak } from './cues';

class Utterance {
  lang = '';
  voice: { lang: string } | null = null;
  constructor(readonly text: string) {}
}

/** A device's speech engine with these voices; returns what it was asked to say. */
function device(voiceLangs: string[]): Utterance[] {
  const said: Utterance[] = [];
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voiceLangs.map((lang) => ({ lang, name: lang })),
    cancel: () => undefined,
    speak: (utterance: Utterance) => said.push(utterance),
  });
  return said;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('speak', () => {
  it('reads Spanish in a Spanish voice, the region asked for first', () => {
    const said = device(['en-US', 'es-ES', 'es-US']);
    speak('Quedan 10 segundos.', 'es-US');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ text: 'Quedan 10 segundos.', lang: 'es-US', voice: { lang: 'es-US' } });
  });

  it('takes any Spanish voice, however the device writes its region', () => {
    const said = device(['en-GB', 'es_MX']);
    speak('Cambia a tu lado derecho.', 'es-US');
    expect(said[0]?.voice).toMatchObject({ lang: 'es_MX' });
  });

  it('stays silent in Spanish where the device has no Spanish voice: never an English voice reading Spanish', () => {
    const said = device(['en-US', 'en-GB']);
    speak('Quedan 10 segundos.', 'es-US');
    expect(said).toEqual([]);
  });

  it('reads English as before, in the default voice when none is listed yet', () => {
    const said = device([]);
    speak('10 seconds left.', 'en-US');
    expect(said[0]).toMatchObject({ text: '10 seconds left.', lang: 'en-US', voice: null });
  });
});
