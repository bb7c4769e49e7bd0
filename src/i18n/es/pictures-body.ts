/**
 * El cuerpo en el texto alternativo de los dibujos: cada punto de referencia y cada postura por
 * su id (los mismos que src/i18n/en/pictures-body.ts; si falta uno, es un error de tipos).
 * Cada punto empieza con su artículo ("la parte de atrás del hombro"): la gramática
 * (src/i18n/es/pictures.ts) lo pone después de "en", "bajo", "entre", "desde" y "hasta".
 */
import type { LandmarkId, PoseId, SideId } from '../../lib/figure';

export const landmarks: Record<LandmarkId, string> = {
  'upper-back': 'la parte de atrás del hombro, junto al omóplato',
  'shoulder-blade': 'el músculo entre la columna y el omóplato',
  'mid-back': 'el músculo junto a la columna, justo debajo del omóplato',
  'shoulder-top': 'la parte de arriba del hombro',
  'shoulder-outer': 'la parte de atrás del hombro, donde empieza el brazo',
  'upper-arm': 'la parte de arriba del brazo',
  'above-elbow': 'la zona justo arriba del codo',
  'forearm-under': 'la parte gruesa del antebrazo',
  'forearm-top': 'el músculo grueso de la parte de arriba del antebrazo, debajo del codo',
  'skull-base': 'los músculos justo debajo del borde de hueso en la base del cráneo',
  'neck-top': 'la parte de atrás del cuello, justo debajo del cráneo',
  'neck-base': 'la base del cuello',
  temple: 'la sien, entre el final de la ceja y la oreja',
  scalp: 'el cuero cabelludo, justo detrás del nacimiento del pelo',
  cheekbone: 'la mejilla, justo debajo del pómulo',
  cheek: 'el músculo de masticar de la mejilla, delante del lóbulo de la oreja',
  'jaw-edge': 'el borde de abajo de la mandíbula',
  'lower-back': 'el músculo grueso junto a la columna, justo por encima del cinturón',
  'lower-ribs': 'la parte de abajo de las costillas',
  buttock: 'la parte carnosa del glúteo',
  'buttock-low': 'la parte de abajo del glúteo',
  'buttock-high': 'la parte de arriba del glúteo, debajo de la cintura',
  'thigh-front': 'la parte de adelante del muslo',
  calf: 'el centro de la pantorrilla',
  'calf-low': 'la pantorrilla, justo arriba del tobillo',
  'calf-high': 'la pantorrilla, a un ancho de mano por debajo de la rodilla',
  'thigh-high': 'la parte de adelante del muslo, justo debajo de la cadera',
  'thigh-low': 'la parte de adelante del muslo, a un ancho de mano por encima de la rodilla',
  'thigh-back': 'la parte de atrás del muslo',
  'thigh-back-high': 'la parte de atrás del muslo, justo debajo del glúteo',
  'thigh-back-low': 'la parte de atrás del muslo, a un ancho de mano por encima de la rodilla',
  sole: 'el arco del pie',
  heel: 'la parte de adelante del talón',
  'foot-ball': 'la base de los dedos del pie',
};

/** El lado que se trabaja, concordado con la parte del cuerpo: "el pie izquierdo", "la rodilla derecha". */
const worked = (side: SideId, noun: 'pie' | 'tobillo' | 'brazo') =>
  side === 'both' ? `un ${noun}` : `el ${noun} ${side === 'left' ? 'izquierdo' : 'derecho'}`;
const otherKnee = (side: SideId) =>
  side === 'both' ? 'la otra rodilla' : `la rodilla ${side === 'left' ? 'derecha' : 'izquierda'}`;

/**
 * La postura, después de "Posición:", en masculino genérico como las páginas ("Sentado en una
 * silla"). Una postura que nombra una pierna o un brazo depende del lado que se trabaja.
 */
export const poses: Record<PoseId, (side: SideId) => string> = {
  'standing-wall-back': () => 'de pie, de espaldas a una pared, con los pies a un paso de ella',
  'lying-back-floor': () => 'acostado boca arriba en el piso, con las rodillas dobladas y los pies apoyados',
  'lying-back-roller': () =>
    'acostado boca arriba con el rodillo atravesado bajo la parte alta de la espalda, las rodillas dobladas, los pies apoyados y las caderas un poco levantadas',
  'lying-front-forearms': () =>
    'boca abajo, apoyado en los antebrazos, con las piernas relajadas y la parte de arriba de los pies en el piso',
  'sitting-floor-legs-out': () =>
    'sentado en el piso con las piernas estiradas al frente y las manos en el piso detrás de ti',
  'sitting-floor-legs-out-hips-up': () =>
    'sentado en el piso con las piernas estiradas al frente, las manos en el piso detrás de ti y las caderas un poco levantadas',
  'sitting-floor-knees-bent': () =>
    'sentado en el piso con las rodillas dobladas, los pies apoyados y las manos en el piso detrás de ti',
  'sitting-floor-ankle-on-knee': (side) =>
    `sentado en el piso con ${worked(side, 'tobillo')} cruzado sobre ${otherKnee(side)}, el pie de esa pierna apoyado y las manos en el piso detrás de ti`,
  'sitting-floor-knee-up': () => 'sentado en el piso con una rodilla doblada y ese pie apoyado',
  'seated-chair': () => 'sentado en una silla, con los pies en el piso',
  'seated-chair-foot-up': () => 'sentado en una silla con un pie levantado hacia la otra rodilla',
  'seated-chair-ankle-on-knee': (side) =>
    `sentado en una silla con ${worked(side, 'pie')} apoyado sobre ${otherKnee(side)}`,
  'seated-table': () => 'sentado frente a una mesa con el antebrazo apoyado en ella',
  'seated-front': () => 'sentado con la espalda recta en una silla, visto de frente',
  'seated-front-table': () => 'sentado con los codos apoyados en una mesa, visto de frente',
  'seated-front-arm-in-lap': (side) =>
    `sentado con la espalda recta en una silla, visto de frente, con ${worked(side, 'brazo')} descansando sobre las piernas`,
  'seated-back': () => 'sentado con la espalda recta en una silla, visto de espaldas',
  'seated-back-arm-in-lap': (side) =>
    `sentado con la espalda recta en una silla, visto de espaldas, con ${worked(side, 'brazo')} descansando sobre las piernas`,
};
