import { describe, expect, it } from 'vitest';
import { technique as es } from '../i18n/es/technique';
import { listWords } from './labels';

describe('listWords', () => {
  it.each([
    [[], ''],
    [['Tennis ball'], 'Tennis ball'],
    [['Neck', 'Shoulders'], 'Neck and Shoulders'],
    [['Technique', 'Tennis ball', 'Neck'], 'Technique, Tennis ball and Neck'],
  ])('%o reads "%s"', (words, read) => {
    expect(listWords(words)).toBe(read);
  });
});

describe('listWords in Spanish', () => {
  it.each([
    [['Cuello', 'Hombros'], 'Cuello y Hombros'],
    [['Técnica', 'Pelota de tenis', 'Cuello'], 'Técnica, Pelota de tenis y Cuello'],
  ])('%o reads "%s"', (words, read) => {
    expect(listWords(words, es.labels)).toBe(read);
  });
});
