// The facts form re-renders only when its marks change: a re-check with the same marks keeps the same map.
import { signal } from '@preact/signals';
import { expect, it } from 'vitest';
import { sameMapComputed } from '../../src/editor/marks';

it('keeps the previous map while the entries are the same, and gives the new one when they change', () => {
  const source = signal<[string, string][]>([['agencyName', 'error']]);
  const marks = sameMapComputed(() => new Map(source.value));
  const first = marks.value;
  source.value = [['agencyName', 'error']];
  expect(marks.value).toBe(first);
  source.value = [['agencyName', 'warning']];
  expect(marks.value).not.toBe(first);
  expect(marks.value.get('agencyName')).toBe('warning');
  source.value = [
    ['agencyName', 'warning'],
    ['signature', 'error'],
  ];
  expect(marks.value.size).toBe(2);
});
