// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { builderScript } from '../i18n/en/builder';
import { describeChoices } from '../lib/builder-dose';
import type { Dose } from '../lib/dose';
import {
  drawBoxes,
  drawFilter,
  drawHandout,
  drawList,
  drawOptions,
  find,
  type ListedPick,
} from './routine-builder-view';

/** The builder's markup as src/components/BuilderPicker.astro and BuilderRoutine.astro render it, cut down. */
const BUILDER = `
  <section>
    <input type="search" data-builder-filter />
    <p role="status" data-builder-filter-status></p>
    <details data-builder-group data-area="neck"><summary>Neck</summary><div data-builder-options></div></details>
    <details data-builder-group data-area="feet"><summary>Feet</summary><div data-builder-options></div></details>
    <template data-builder-option>
      <label><input type="checkbox" /><span><span data-option-title>Technique</span> <span data-option-facts></span></span></label>
    </template>
  </section>
  <section>
    <h2 id="builder-yours" tabindex="-1">Your routine</h2>
    <ol data-builder-list></ol>
    <template data-builder-item>
      <li>
        <p data-item-title></p>
        <label>Dose<span data-item-for></span> <select data-control="dose"></select></label>
        <button type="button" data-control="up">Move up<span data-item-for></span></button>
        <button type="button" data-control="down">Move down<span data-item-for></span></button>
        <button type="button" data-control="remove">Remove<span data-item-for></span></button>
      </li>
    </template>
  </section>
  <table><tbody data-handout-rows></tbody></table>
  <template data-handout-row>
    <tr>
      <td>
        <div data-picture></div>
        <p data-name></p>
        <p><span data-tool></span><strong data-dose></strong> <em data-summary></em></p>
        <ol data-steps></ol>
      </td>
      <td class="day"><span class="box" data-side=""></span></td>
      <td class="day"><span class="box" data-side=""></span></td>
    </tr>
  </template>`;

function renderBuilder(): HTMLElement {
  document.body.innerHTML = BUILDER;
  return document.body;
}

afterEach(() => document.body.replaceChildren());

const PASSES: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'one' };
const HOLD_EACH_SIDE: Dose = {
  kind: 'hold',
  seconds: { min: 30, max: 60 },
  reps: 2,
  sides: 'each',
  restSeconds: 10,
};

const NECK: ListedPick = {
  pick: { id: 'neck-line-trace', key: '6' },
  title: 'Neck: trace the line of pain',
  choices: describeChoices(PASSES),
};
const HIPS: ListedPick = {
  pick: { id: 'hips-glute-lacrosse-ball-floor', key: '' },
  title: 'Hips: lacrosse ball under your buttock',
  choices: describeChoices(HOLD_EACH_SIDE),
};
const FEET: ListedPick = {
  pick: { id: 'feet-thumb-press', key: '' },
  title: 'Feet: thumb press',
  choices: describeChoices({ kind: 'hold', seconds: { min: 15, max: 15 }, reps: 1, sides: 'one', restSeconds: 0 }),
};

const list = (root: HTMLElement) => find(root, '[data-builder-list]');
const drawChosen = (root: HTMLElement, picks: readonly ListedPick[]) =>
  drawList(
    list(root),
    find<HTMLTemplateElement>(root, 'template[data-builder-item]'),
    picks,
    find(root, '#builder-yours'),
    builderScript,
  );
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((control) => control.textContent === name)!;

describe('the chosen list', () => {
  it('shows each pick by name, in order, with its controls named for it', () => {
    const root = renderBuilder();
    drawChosen(root, [NECK, HIPS]);
    const items = [...list(root).children] as HTMLElement[];
    expect(items.map((item) => item.querySelector('[data-item-title]')!.textContent)).toEqual([
      'Neck: trace the line of pain',
      'Hips: lacrosse ball under your buttock',
    ]);
    expect([...items[0]!.querySelectorAll('button')].map((control) => control.textContent)).toEqual([
      'Move up: Neck: trace the line of pain',
      'Move down: Neck: trace the line of pain',
      'Remove: Neck: trace the line of pain',
    ]);
    expect(items.map((item) => item.dataset.id)).toEqual(['neck-line-trace', 'hips-glute-lacrosse-ball-floor']);
  });

  it("offers every dose in the guide's range, the guide's own first, with the pick's chosen", () => {
    const root = renderBuilder();
    drawChosen(root, [NECK]);
    const select = find<HTMLSelectElement>(list(root), 'select');
    expect([...select.options].map((option) => option.text)).toEqual([
      '5-6 slow passes (as in the guide)',
      '5 slow passes',
      '6 slow passes',
    ]);
    expect(select.value).toBe('6');
    expect(select.selectedOptions[0]!.text).toBe('6 slow passes');
  });

  it('cannot move the first up or the last down', () => {
    const root = renderBuilder();
    drawChosen(root, [NECK, HIPS, FEET]);
    const [first, middle, last] = [...list(root).children];
    expect(button(first!, 'Move up: Neck: trace the line of pain').disabled).toBe(true);
    expect(button(first!, 'Move down: Neck: trace the line of pain').disabled).toBe(false);
    expect(middle!.querySelectorAll('button:disabled')).toHaveLength(0);
    expect(button(last!, 'Move down: Feet: thumb press').disabled).toBe(true);
  });

  it('keeps focus on the moved control, or on the other move button once that one is disabled', () => {
    const root = renderBuilder();
    drawChosen(root, [NECK, HIPS, FEET]);
    button(root, 'Move up: Hips: lacrosse ball under your buttock').focus();
    drawChosen(root, [HIPS, NECK, FEET]);
    expect(document.activeElement?.textContent).toBe('Move down: Hips: lacrosse ball under your buttock');
  });

  it('after a removal, moves focus to the next Remove, or to "Your routine" once the list is empty', () => {
    const root = renderBuilder();
    drawChosen(root, [NECK, HIPS]);
    button(root, 'Remove: Neck: trace the line of pain').focus();
    drawChosen(root, [HIPS]);
    expect(document.activeElement?.textContent).toBe('Remove: Hips: lacrosse ball under your buttock');
    drawChosen(root, []);
    expect(document.activeElement?.textContent).toBe('Your routine');
  });
});

describe('the picker', () => {
  function drawAreas(root: HTMLElement) {
    const template = find<HTMLTemplateElement>(root, 'template[data-builder-option]');
    drawOptions(find(root, '[data-area="neck"] [data-builder-options]'), template, [
      {
        id: 'neck-line-trace',
        title: 'Neck: trace the line of pain',
        facts: 'Hands · about 1 min',
        words: 'neck line',
      },
      { id: 'neck-tennis-balls', title: 'Neck: two tennis balls', facts: 'Tennis ball · 2-4 min', words: 'neck ball' },
    ]);
    drawOptions(find(root, '[data-area="feet"] [data-builder-options]'), template, [
      { id: 'feet-tennis-ball', title: 'Feet: roll a tennis ball', facts: 'Tennis ball · 2 min', words: 'feet ball' },
    ]);
  }
  const labels = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>('[data-builder-options] label')]
      .filter((label) => !label.hidden)
      .map((label) => label.textContent!.trim());

  it('draws a checkbox per technique, named with its tool and time', () => {
    const root = renderBuilder();
    drawAreas(root);
    expect(labels(root)).toEqual([
      'Neck: trace the line of pain Hands · about 1 min',
      'Neck: two tennis balls Tennis ball · 2-4 min',
      'Feet: roll a tennis ball Tennis ball · 2 min',
    ]);
    expect([...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => box.value)).toEqual([
      'neck-line-trace',
      'neck-tennis-balls',
      'feet-tennis-ball',
    ]);
  });

  it('filters by every typed word, hides areas left empty and says how many match', () => {
    const root = renderBuilder();
    drawAreas(root);
    const status = find(root, '[data-builder-filter-status]');
    drawFilter(root, 'ball', status, builderScript);
    expect(labels(root)).toEqual([
      'Neck: two tennis balls Tennis ball · 2-4 min',
      'Feet: roll a tennis ball Tennis ball · 2 min',
    ]);
    expect(status.textContent).toBe('2 of 3 techniques match “ball”.');
    drawFilter(root, 'Neck ball', status, builderScript);
    expect(find(root, '[data-area="feet"]').hidden).toBe(true);
    expect(find<HTMLDetailsElement>(root, '[data-area="neck"]').open).toBe(true);
    expect(status.textContent).toBe('1 of 3 techniques match “Neck ball”.');
    drawFilter(root, 'shoulder', status, builderScript);
    expect(labels(root)).toEqual([]);
    expect(status.textContent).toBe('No technique matches “shoulder”.');
    drawFilter(root, '', status, builderScript);
    expect(labels(root)).toHaveLength(3);
    expect(status.textContent).toBe('');
  });

  it('ticks the picks, and once the routine is full, no other box can be ticked', () => {
    const root = renderBuilder();
    drawAreas(root);
    const boxes = () =>
      [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
        (box) => `${box.value}${box.checked ? ' ticked' : ''}${box.disabled ? ' disabled' : ''}`,
      );
    drawBoxes(root, new Set(['neck-tennis-balls']), false);
    expect(boxes()).toEqual(['neck-line-trace', 'neck-tennis-balls ticked', 'feet-tennis-ball']);
    drawBoxes(root, new Set(['neck-tennis-balls']), true);
    expect(boxes()).toEqual(['neck-line-trace disabled', 'neck-tennis-balls ticked', 'feet-tennis-ball disabled']);
  });
});

describe('the printed handout', () => {
  it('has a row per pick with its name, tool, dose in words, cue and steps, and a box a day per side', () => {
    const root = renderBuilder();
    drawHandout(find(root, '[data-handout-rows]'), find<HTMLTemplateElement>(root, 'template[data-handout-row]'), [
      {
        id: 'neck-line-trace',
        title: 'Neck: trace the line of pain',
        words: '6 slow passes.',
        sides: 'one',
        details: {
          tool: 'Hands and elbows',
          summary: 'Slow thumb strokes down the back of your neck.',
          steps: ['Sit up tall.', 'Find where the pain starts.'],
          picture: '<svg role="img" aria-label="Position: sitting"></svg>',
        },
      },
      {
        id: 'hips-glute-lacrosse-ball-floor',
        title: 'Hips: lacrosse ball under your buttock',
        words: 'Hold 30-60 s, twice, resting 10 s between, each side.',
        sides: 'each',
        details: { tool: 'Lacrosse ball', summary: 'Lie on the ball.', steps: ['Sit on the floor.'], picture: '' },
      },
    ]);
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('[data-handout-rows] tr')];
    expect(rows.map((row) => row.cells[0]!.querySelector('p:nth-of-type(2)')!.textContent)).toEqual([
      'Hands and elbows · 6 slow passes. Slow thumb strokes down the back of your neck.',
      'Lacrosse ball · Hold 30-60 s, twice, resting 10 s between, each side. Lie on the ball.',
    ]);
    expect(rows.map((row) => row.querySelector('[data-name]')!.textContent)).toEqual([
      'Neck: trace the line of pain',
      'Hips: lacrosse ball under your buttock',
    ]);
    expect([...rows[0]!.querySelectorAll('[data-steps] li')].map((step) => step.textContent)).toEqual([
      'Sit up tall.',
      'Find where the pain starts.',
    ]);
    expect(rows[0]!.querySelector('[data-picture] svg')?.getAttribute('aria-label')).toBe('Position: sitting');
    const sidesPerDay = (row: HTMLTableRowElement) =>
      [...row.querySelectorAll('td.day')].map((day) =>
        [...day.querySelectorAll<HTMLElement>('[data-side]')].map((box) => box.dataset.side).join(' '),
      );
    expect(sidesPerDay(rows[0]!)).toEqual(['', '']);
    expect(sidesPerDay(rows[1]!)).toEqual(['L R', 'L R']);
    expect(rows.map((row) => row.dataset.technique)).toEqual(['neck-line-trace', 'hips-glute-lacrosse-ball-floor']);
  });
});

describe('find', () => {
  it('names the missing part of the page', () => {
    const root = renderBuilder();
    expect(() => find(root, '[data-builder-total]')).toThrow('routine builder: missing [data-builder-total]');
  });
});
