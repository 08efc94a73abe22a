// One signal per cell: a change wakes only the cells whose value changed, and a cell's signal never subscribes
// its reader to the sources.
import { effect, signal } from '@preact/signals';
import { expect, it } from 'vitest';
import { cellSignals, changedInMaps, shownText } from '../../src/editor/cell-signals';

it('updates only the cells whose value changed, gives a new cell the current value, and stops on dispose', () => {
  const values = signal<Record<string, string>>({ a: '1', b: '2', total: '3' });
  const cells = cellSignals(
    () => values.value,
    (v, key) => v[key] ?? '',
  );
  const woken: string[] = [];
  const stops = ['a', 'b', 'total'].map((key) => effect(() => void woken.push(`${key}=${cells.get(key).value}`)));
  woken.length = 0;

  values.value = { a: '9', b: '2', total: '11' };
  expect(woken.sort()).toEqual(['a=9', 'total=11']);

  expect(cells.get('c').value).toBe('');
  values.value = { ...values.value, c: '4' };
  expect(cells.get('c').value).toBe('4');

  cells.dispose();
  woken.length = 0;
  values.value = { a: '5', b: '2', total: '7', c: '4' };
  expect(woken).toEqual([]);
  expect(cells.get('a').value).toBe('9');
  for (const stop of stops) stop();
});

it('reading a cell while rendering subscribes to that cell only, even when its value reads the sources', () => {
  const values = signal<Record<string, string>>({ a: '1', b: '2' });
  // Like EditorState.shown: the cell's value reads the signals itself.
  const cells = cellSignals(
    () => values.value,
    (_, key) => values.value[key] ?? '',
  );
  let runs = 0;
  // The first read of 'b' happens inside this effect, as in a cell's first render.
  const stop = effect(() => {
    runs++;
    return void cells.get('b').value;
  });
  values.value = { a: '7', b: '2' };
  expect(runs).toBe(1);
  values.value = { a: '7', b: '3' };
  expect(runs).toBe(2);
  stop();
  cells.dispose();
});

it('with changedKeys, visits only the cells it names and still gives every cell its current value', () => {
  const marks = signal(new Map<string, string>([['a', 'error']]));
  const visited: string[] = [];
  const cells = cellSignals(
    () => marks.value,
    (m, key) => {
      visited.push(key);
      return m.get(key);
    },
    changedInMaps,
  );
  for (const key of ['a', 'b', 'c', 'd']) cells.get(key);
  visited.length = 0;

  marks.value = new Map([['b', 'warning']]);
  expect(visited.sort()).toEqual(['a', 'b']);
  expect(['a', 'b', 'c', 'd'].map((k) => cells.get(k).value)).toEqual([undefined, 'warning', undefined, undefined]);

  visited.length = 0;
  marks.value = new Map([['b', 'warning']]); // a new map with the same entries: nothing to visit
  expect(visited).toEqual([]);
  cells.dispose();
});

it('changedInMaps names added, removed and replaced entries only', () => {
  const same = new Map([['a', 1]]);
  expect([...changedInMaps(same, same)]).toEqual([]);
  expect([...changedInMaps(same, new Map([['a', 1]]))]).toEqual([]);
  expect(
    [
      ...changedInMaps(
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
        new Map([
          ['b', 3],
          ['c', 4],
        ]),
      ),
    ].sort(),
  ).toEqual(['a', 'b', 'c']);
});

it('shownText: the draft of its own cell, then a refused entry, then the value', () => {
  const s = { draft: { key: 'a', raw: '1x' }, rejected: { b: { raw: 'bad', message: '不是数字' } }, all: { a: '1', b: '2', c: '3' } };
  expect(['a', 'b', 'c', 'd'].map((k) => shownText(s, k))).toEqual(['1x', 'bad', '3', '']);
});
