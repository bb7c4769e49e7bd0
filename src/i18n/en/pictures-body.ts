/**
 * The body in the pictures' alt text, in English: each landmark (src/lib/figure/pose/landmarks.ts)
 * and each pose (src/lib/figure/pose/poses.ts) by id. src/i18n/es/pictures-body.ts has the same ids.
 */
import type { LandmarkId, PoseId, SideId } from '../../lib/figure';

/** A landmark as the alt text names it after "on", "under" or "from": "the back of the shoulder". */
export const landmarks: Record<LandmarkId, string> = {
  'upper-back': 'the back of the shoulder, beside the shoulder blade',
  'shoulder-blade': 'the muscle between the spine and the shoulder blade',
  'mid-back': 'the muscle beside the spine, just below the shoulder blade',
  'shoulder-top': 'the top of the shoulder',
  'shoulder-outer': 'the back of the shoulder where the arm starts',
  'upper-arm': 'the top of the upper arm',
  'above-elbow': 'just above the elbow',
  'forearm-under': 'the thick muscle of the forearm',
  'forearm-top': 'the thick muscle on top of the forearm, below the elbow',
  'skull-base': 'the muscles just below the bony ridge at the base of the skull',
  'neck-top': 'the back of the neck, just under the skull',
  'neck-base': 'the base of the neck',
  temple: 'the temple, between the end of the eyebrow and the ear',
  scalp: 'the scalp, just behind the hairline',
  cheekbone: 'the cheek, just under the cheekbone',
  cheek: 'the chewing muscle of the cheek, in front of the earlobe',
  'jaw-edge': 'the lower edge of the jaw',
  'lower-back': 'the thick muscle beside the spine, just above the belt',
  'lower-ribs': 'the bottom of the ribs',
  buttock: 'the fleshy part of the buttock',
  'buttock-low': 'the bottom of the buttock',
  'buttock-high': 'the top of the buttock, below the waist',
  'thigh-front': 'the front of the thigh',
  calf: 'the middle of the calf',
  'calf-low': 'the calf, just above the ankle',
  'calf-high': "the calf, a hand's width below the knee",
  'thigh-high': 'the front of the thigh, just below the hip',
  'thigh-low': "the front of the thigh, a hand's width above the knee",
  'thigh-back': 'the back of the thigh',
  'thigh-back-high': 'the back of the thigh, just below the buttock',
  'thigh-back-low': "the back of the thigh, a hand's width above the knee",
  sole: 'the arch of the foot',
  heel: 'the front of the heel',
  'foot-ball': 'the ball of the foot',
};

/** The worked side's limb ("your left"), or "one" when the picture works both sides. */
const near = (side: SideId) => (side === 'both' ? 'one' : `your ${side}`);
/** The other limb: "your right", or "the other". */
const far = (side: SideId) => (side === 'both' ? 'the other' : `your ${side === 'left' ? 'right' : 'left'}`);

/**
 * A pose as the alt text says it after "Position:". A pose that names a limb is a function of the
 * side the picture works: "sitting on a chair with your right foot resting on your left knee".
 */
export const poses: Record<PoseId, (side: SideId) => string> = {
  'standing-wall-back': () => 'standing with your back to a wall, feet a step out from it',
  'lying-back-floor': () => 'lying on your back on the floor, knees bent and feet flat',
  'lying-back-roller': () =>
    'lying on your back with the roller across the upper back, knees bent, feet flat and hips lifted a little',
  'lying-front-forearms': () =>
    'lying face down, propped up on your forearms, legs relaxed and the tops of your feet on the floor',
  'sitting-floor-legs-out': () =>
    'sitting on the floor with your legs out in front and your hands on the floor behind you',
  'sitting-floor-legs-out-hips-up': () =>
    'sitting on the floor with your legs out in front, your hands on the floor behind you and your hips lifted a little',
  'sitting-floor-knees-bent': () =>
    'sitting on the floor with your knees bent, feet flat and your hands on the floor behind you',
  'sitting-floor-ankle-on-knee': (side) =>
    `sitting on the floor with ${near(side)} ankle crossed over ${far(side)} knee, that foot flat and your hands on the floor behind you`,
  'sitting-floor-knee-up': () => 'sitting on the floor with one knee bent and that foot flat',
  'seated-chair': () => 'sitting on a chair, feet on the floor',
  'seated-chair-foot-up': () => 'sitting on a chair with one foot lifted toward the other knee',
  'seated-chair-ankle-on-knee': (side) => `sitting on a chair with ${near(side)} foot resting on ${far(side)} knee`,
  'seated-table': () => 'sitting at a table with your forearm resting on it',
  'seated-front': () => 'sitting tall on a chair, facing you',
  'seated-front-table': () => 'sitting with your elbows resting on a table, facing you',
  'seated-front-arm-in-lap': (side) => `sitting tall on a chair, facing you, ${near(side)} arm resting in your lap`,
  'seated-back': () => 'sitting tall on a chair, seen from behind',
  'seated-back-arm-in-lap': (side) =>
    `sitting tall on a chair, seen from behind, ${near(side)} arm resting in your lap`,
};
