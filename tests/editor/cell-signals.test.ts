// One signal per cell: a change wakes only the cells whose value changed, and a cell's signal never subscribes
// its reader to the sources.
import { effect, signal } from '@preact/signals';
import { expect, it } from 'vitest';
import { cellSignals } from '../../src/editor/cell-signals';

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
