/**
 * The pictures' alt text in Spanish (src/i18n/es/pictures.ts), from the same scene as the English:
 * read from the content files' own picture data, so each expected string is a page's real alt text.
 */
import { describe, expect, it } from 'vitest';
import { pictures as en } from '../../i18n/en/pictures';
import { pictures as es } from '../../i18n/es/pictures';
import { closeUpAlt, positionAlt } from './alt-text';
import { MOVEMENT_IDS, POSE_IDS, SIDE_IDS, SUPPORT_IDS, TOOL_IDS, VIEW_IDS, type PictureSpec } from './picture-spec';
import { drawPictures } from './pictures';
import { LANDMARK_IDS } from './pose/landmarks';
import { TECHNIQUE_PICTURES } from './testing/pictures.fixture';

const SPECS = new Map(TECHNIQUE_PICTURES);
const spec = (id: string) => {
  const found = SPECS.get(id);
  if (!found) throw new Error(`No technique ${id}`);
  return found;
};

describe('positionAlt in Spanish', () => {
  it.each([
    [
      'shoulder-tennis-ball-wall',
      'Posición: de pie, de espaldas a una pared, con los pies a un paso de ella; una pelota de tenis entre la pared y la parte de atrás del hombro, junto al omóplato, del lado izquierdo. Apóyate hacia atrás contra la pared.',
    ],
    [
      'feet-thumb-press',
      'Posición: sentado en una silla con el pie izquierdo apoyado sobre la rodilla derecha; el pulgar en el arco del pie, del lado izquierdo. Mantén la presión en ese punto, sin moverte.',
    ],
    [
      'lower-back-knuckle-press',
      'Posición: sentado en una silla, con los pies en el piso; los nudillos de los dos puños en el músculo grueso junto a la columna, justo por encima del cinturón, de los dos lados, y el respaldo de la silla los empuja. Recuéstate contra el respaldo de la silla.',
    ],
    [
      'hamstrings-tennis-ball-chair',
      'Posición: sentado en una silla, con los pies en el piso; una pelota de tenis entre la silla y la parte de atrás del muslo, del lado izquierdo. Deja que el muslo descanse encima.',
    ],
    [
      'calves-foam-roller',
      'Posición: sentado en el piso con las piernas estiradas al frente, las manos en el piso detrás de ti y las caderas un poco levantadas; un rodillo de espuma en el piso, bajo la pantorrilla, justo arriba del tobillo, del lado izquierdo. Rueda despacio hacia arriba y hacia abajo, entre la pantorrilla, justo arriba del tobillo, y la pantorrilla, a un ancho de mano por debajo de la rodilla.',
    ],
    [
      'hips-glute-foam-roller',
      'Posición: sentado en el piso con el tobillo derecho cruzado sobre la rodilla izquierda, el pie de esa pierna apoyado y las manos en el piso detrás de ti; un rodillo de espuma en el piso, bajo la parte carnosa del glúteo, del lado derecho. Rueda despacio hacia adelante y hacia atrás, entre la parte de abajo del glúteo y la parte de arriba del glúteo, debajo de la cintura.',
    ],
    [
      'arm-upper-arm-squeeze',
      'Posición: sentado con la espalda recta en una silla, visto de frente, con el brazo izquierdo descansando sobre las piernas; la otra mano en la parte de arriba del brazo, del lado izquierdo. Aprieta y luego avanza un poco más, desde la parte de arriba del brazo hasta la zona justo arriba del codo.',
    ],
    [
      'neck-skull-base-tennis-balls',
      'Posición: acostado boca arriba en el piso, con las rodillas dobladas y los pies apoyados; dos pelotas de tenis en un calcetín en el piso, bajo los músculos justo debajo del borde de hueso en la base del cráneo, de los dos lados. Gira un poco la cabeza hacia un lado y quédate así; luego, hacia el otro lado.',
    ],
    [
      'arm-forearm-tennis-ball-table',
      'Posición: sentado frente a una mesa con el antebrazo apoyado en ella; una pelota de tenis sobre la mesa, bajo la parte gruesa del antebrazo, del lado izquierdo. Presiona hacia abajo con suavidad.',
    ],
    [
      'quads-tennis-ball-press',
      'Posición: boca abajo, apoyado en los antebrazos, con las piernas relajadas y la parte de arriba de los pies en el piso; una pelota de tenis en el piso, bajo la parte de adelante del muslo, del lado izquierdo. Deja caer tu peso encima.',
    ],
    [
      'head-temple-circles',
      'Posición: sentado con los codos apoyados en una mesa, visto de frente; las yemas de los dedos en la sien, entre el final de la ceja y la oreja, de los dos lados. Mueve la piel en círculos pequeños y lentos.',
    ],
  ])('%s', (id, alt) => {
    expect(positionAlt(spec(id), es)).toBe(alt);
  });

  it('names the worked foot and the other knee, each in its gender, on either side', () => {
    expect(positionAlt({ ...spec('feet-thumb-press'), side: 'right' }, es)).toMatch(
      /^Posición: sentado en una silla con el pie derecho apoyado sobre la rodilla izquierda; .+, del lado derecho\./,
    );
    expect(positionAlt({ ...spec('feet-thumb-press'), side: 'both' }, es)).toMatch(
      /^Posición: sentado en una silla con un pie apoyado sobre la otra rodilla; .+, de los dos lados\./,
    );
  });
});

describe('closeUpAlt in Spanish', () => {
  it.each([
    [
      'shoulder-tennis-ball-wall',
      'Dónde presionar: la parte de atrás del hombro, junto al omóplato, del lado izquierdo, en un dibujo del cuerpo visto de espaldas.',
    ],
    [
      'neck-line-trace',
      'Dónde presionar: una línea desde la parte de atrás del cuello, justo debajo del cráneo, hasta la base del cuello, del lado izquierdo, en un dibujo del cuerpo visto de espaldas.',
    ],
    [
      'feet-tennis-ball-roll',
      'Dónde presionar: una línea desde la parte de adelante del talón hasta la base de los dedos del pie, del lado izquierdo, en un dibujo del cuerpo visto de frente.',
    ],
    [
      'head-scalp-press',
      'Dónde presionar: el cuero cabelludo, justo detrás del nacimiento del pelo, de los dos lados, en un dibujo del cuerpo visto de frente.',
    ],
  ])('%s', (id, alt) => {
    expect(closeUpAlt(spec(id), es)).toBe(alt);
  });

  it('joins several spots as Spanish does', () => {
    const spots: PictureSpec = { ...spec('head-scalp-press'), spots: ['scalp', 'temple'] };
    expect(closeUpAlt(spots, es)).toBe(
      'Dónde presionar: el cuero cabelludo, justo detrás del nacimiento del pelo y la sien, entre el final de la ceja y la oreja, de los dos lados, en un dibujo del cuerpo visto de frente.',
    );
  });
});

describe('the Spanish words of the pictures', () => {
  const filled = (words: string) => words.trim().length > 0;

  it('name every landmark, pose (on every side), tool, support, movement, side and view, each unlike the English', () => {
    for (const id of LANDMARK_IDS)
      expect(filled(es.landmarks[id]) && es.landmarks[id] !== en.landmarks[id], id).toBe(true);
    for (const id of POSE_IDS)
      for (const side of SIDE_IDS) expect(es.poses[id](side), `${id} ${side}`).not.toBe(en.poses[id](side));
    for (const id of TOOL_IDS) expect(filled(es.tools[id]) && es.tools[id] !== en.tools[id], id).toBe(true);
    for (const id of SUPPORT_IDS) {
      expect(es.supports[id].leanIn, id).not.toBe(en.supports[id].leanIn);
      expect(es.supports[id].against('X'), id).not.toBe(en.supports[id].against('X'));
    }
    const how = { lean: 'L', line: ['A', 'B'] as const };
    // Leaning in says the support's words (checked above); every other movement has its own.
    for (const id of MOVEMENT_IDS.filter((each) => each !== 'lean-in'))
      expect(es.movements[id](how), id).not.toBe(en.movements[id](how));
    expect(es.leanIntoChairBack).not.toBe(en.leanIntoChairBack);
    for (const id of SIDE_IDS) expect(es.sides[id], id).not.toBe(en.sides[id]);
    for (const id of VIEW_IDS) expect(es.captions.position[id], id).not.toBe(en.captions.position[id]);
    for (const id of ['front', 'back'] as const) expect(es.views[id], id).not.toBe(en.views[id]);
  });

  it.each(TECHNIQUE_PICTURES)('for %s keep no English word and no loose grammar', (_id, picture) => {
    const alts = [positionAlt(picture, es), closeUpAlt(picture, es)];
    for (const alt of alts) {
      expect(alt).not.toMatch(/\b(the|on|of|your|side|with|and|to|from|slowly)\b/i);
      expect(alt).not.toMatch(/\b(de el|a el|undefined)\b|\{|\s{2}|\s[,.;]|\.\./);
      expect(alt).toMatch(/^(Posición|Dónde presionar): [a-záéíóúñ].+\.$/);
    }
  });

  it('say the captions and the body map in Spanish', () => {
    expect(es.captions.position.front).toBe('La posición, de frente');
    expect(es.captions.closeUp('back', 'left')).toBe('Dónde presionar, vista de espaldas (lado\u00a0izquierdo)');
    expect(es.captions.closeUp('front', 'both')).toBe('Dónde presionar, vista de frente (los\u00a0dos\u00a0lados)');
    expect(es.bodyMap.highlighted(['Cuello'])).toBe('Mapa del cuerpo con esta zona marcada: Cuello');
    expect(es.bodyMap.highlighted(['Hombros', 'Brazos', 'Isquiotibiales'])).toBe(
      'Mapa del cuerpo con estas zonas marcadas: Hombros, Brazos e Isquiotibiales',
    );
  });
});

describe('drawPictures in Spanish', () => {
  // A side view, a back view, a front view and a right side: solving every picture would take seconds.
  it('draws the very same picture as in English, and only the name differs', () => {
    for (const id of [
      'shoulder-tennis-ball-wall',
      'neck-line-trace',
      'head-temple-circles',
      'hips-glute-foam-roller',
    ]) {
      const picture = spec(id);
      const [english, spanish] = [drawPictures(picture), drawPictures(picture, es)];
      const unnamed = (svg: string) => svg.replace(/ aria-label="[^"]*"/, '');
      expect(unnamed(spanish.position.svg), id).toBe(unnamed(english.position.svg));
      expect(unnamed(spanish.closeUp.svg), id).toBe(unnamed(english.closeUp.svg));
      expect(spanish.position.svg).toContain(`aria-label="${spanish.position.name}"`);
      expect(spanish.closeUp.name).toMatch(/^Dónde presionar: /);
    }
  });

  it('names each language once per build: equal picture data gets the very same pictures', () => {
    const [, picture] = TECHNIQUE_PICTURES[0]!;
    expect(drawPictures(structuredClone(picture), es)).toBe(drawPictures(picture, es));
    expect(drawPictures(picture, es)).not.toBe(drawPictures(picture));
  });
});
