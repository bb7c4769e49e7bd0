/**
 * The timer's cues outside the page: a short tone, a buzz, spoken words, and
 * the screen wake lock. Each is optional and fails quietly where the browser
 * lacks it, because the visual flash and the live region carry every cue too.
 */

let audio: AudioContext | undefined;

/** Must run inside a tap: browsers only let a page start sound from a user gesture. */
export function unlockAudio(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No Web Audio: the flash and vibration still cue.
  }
}

/** A soft beep made on the spot, so there is no audio file to fetch. */
export function tone(hertz: number, seconds = 0.18): void {
  if (!audio) return;
  const at = audio.currentTime;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = hertz;
  // Ramp in and out: a hard start or stop clicks.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds + 0.02);
}

export function vibrate(pattern: number | number[]): void {
  if ('vibrate' in navigator) navigator.vibrate(pattern);
}

/** Asks the browser for its voices ahead of the first cue: some load them only when first asked. */
export function loadVoices(): void {
  if ('speechSynthesis' in window) speechSynthesis.getVoices();
}

/**
 * Reads a cue aloud in `lang` ("es-US"), in a voice of that language: the device's voice for
 * that region if it has one, else any of the language. With none, a page in English still
 * speaks in the default voice, but any other language stays silent (the cue shows on screen
 * and in the live region): an English voice reading Spanish helps no one.
 */
export function speak(text: string, lang: string): void {
  if (!('speechSynthesis' in window)) return;
  const language = lang.slice(0, 2);
  const voices = speechSynthesis.getVoices(); // also asks the browser to load them, for the next cue
  // Some devices write "es_US": the language's prefix still finds it.
  const voice = voices.find((each) => each.lang === lang) ?? voices.find((each) => each.lang.startsWith(language));
  if (!voice && language !== 'en') return;
  speechSynthesis.cancel(); // a newer cue replaces one still being read
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  if (voice) utterance.voice = voice;
  speechSynthesis.speak(utterance);
}

let lock: WakeLockSentinel | undefined;
let wanted = false;
let asking = false;

/** Keeps the screen on while the timer runs; the browser drops the lock whenever the page is hidden. */
export function keepAwake(on: boolean): void {
  wanted = on;
  if (!on) {
    void lock?.release();
    lock = undefined;
    return;
  }
  if (asking || (lock && !lock.released) || !('wakeLock' in navigator) || document.visibilityState !== 'visible')
    return;
  asking = true;
  navigator.wakeLock
    .request('screen')
    .then(
      // The reader may have paused while the request was pending.
      (sentinel) => (wanted ? (lock = sentinel) : void sentinel.release()),
      () => undefined, // denied (battery saver, no permission): the timer still works
    )
    .finally(() => (asking = false));
}
