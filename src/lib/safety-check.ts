/**
 * The short check before the first Start on a device: "Do any of these apply
 * to you?" over the ask-first list. Pure: the states, what each answer does,
 * and how the answer is kept, so the timer and /safety/ read it the same way.
 */

/** Where the device keeps the answer; /safety/ shows it and can clear it. */
export const SAFETY_CHECK_KEY = 'safety-check';
/** The one answer kept: "None of these". "One applies" is never stored, so the check comes back. */
export const CLEARED = 'none-of-these';

/** unasked: Start will ask. asking: the list is showing. applies: the reader said one applies. cleared: answered "None of these". */
export type CheckState = 'unasked' | 'asking' | 'applies' | 'cleared';
export type CheckEvent = 'start' | 'none' | 'applies' | 'back' | 'forget';

export interface CheckStep {
  state: CheckState;
  /** True when the timer should start now. */
  startTimer: boolean;
  /** The value to store, `null` to remove it, `undefined` to leave storage alone. */
  store?: string | null;
}

/** The state a page opens in, from what the device has kept. */
export function checkFromStorage(stored: string | null): CheckState {
  return stored === CLEARED ? 'cleared' : 'unasked';
}

/** What an event does in a state: Start asks until the reader has answered "None of these". */
export function nextCheck(state: CheckState, event: CheckEvent): CheckStep {
  switch (event) {
    case 'start':
      return state === 'cleared' ? { state, startTimer: true } : { state: 'asking', startTimer: false };
    case 'none':
      return { state: 'cleared', startTimer: state === 'asking', store: CLEARED };
    case 'applies':
      return { state: 'applies', startTimer: false };
    case 'back':
      return { state: state === 'cleared' ? state : 'unasked', startTimer: false };
    case 'forget':
      return { state: 'unasked', startTimer: false, store: null };
  }
}
