/** Las palabras en español de la página sin conexión, /es/offline/ (misma forma que src/i18n/en/offline.ts). */
import type { OfflineWords } from '../en/offline';

export const offline: OfflineWords = {
  title: 'Estás sin conexión',
  description:
    'Esta página todavía no está guardada en este dispositivo. Estas páginas de la guía funcionan sin conexión.',
  lead: 'Esta página todavía no está guardada en este dispositivo. Se abrirá cuando vuelvas a tener conexión.',
  saved: 'Estas páginas funcionan sin conexión',
  help: 'Si necesitas ayuda ahora',
};
