// A part loaded on demand is fetched once and kept; a failed load (offline, not cached) is tried again next time.
import { expect, it } from 'vitest';
import { loadOnce } from '../../src/platform/load-once';

it('keeps the module once loaded and retries after a failure', async () => {
  let calls = 0;
  const part = loadOnce(async () => {
    calls++;
    if (calls === 1) throw new Error('offline');
    return { name: 'paste-action' };
  });
  expect(part.started).toBe(false);
  await expect(part.load()).rejects.toThrow('offline');
  expect(part.started).toBe(false);
  expect(part.loaded).toBeNull();
  const first = part.load();
  expect(part.started).toBe(true);
  expect(await first).toEqual({ name: 'paste-action' });
  expect(part.loaded).toBe(await first);
  expect(await part.load()).toBe(await first);
  expect(calls).toBe(2);
});
