// A page's code fetched ahead (the editor's, while a new draft is being created) may arrive between the page's first
// render and its effect: the page must still show, not stay on 「正在加载…」.
import { render } from 'preact';
import type { ComponentType } from 'preact';
import { waitFor } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { lazyPage } from '../../src/app/lazy-page';

it('shows the page when its code arrives between the first render and the effect', async () => {
  let arrive!: (page: ComponentType) => void;
  const Page = lazyPage(() => new Promise<ComponentType>((resolve) => (arrive = resolve)));
  const fetched = Page.preload();
  const root = document.createElement('div');
  render(<Page />, root);
  expect(root.textContent).toBe('正在加载…');
  arrive(() => <p>编辑器</p>);
  await fetched; // before the effect, which runs after the next frame
  await waitFor(() => expect(root.textContent).toBe('编辑器'));
});

it('renders at once when the code is already there, and tries again after a failed load', async () => {
  let attempts = 0;
  const Page = lazyPage(async (): Promise<ComponentType> => {
    attempts++;
    if (attempts === 1) throw new Error('offline');
    return () => <p>首页</p>;
  });
  const first = document.createElement('div');
  render(<Page />, first);
  await waitFor(() => expect(first.textContent).toBe('页面加载失败，请刷新后重试。'));
  await Page.preload();
  const second = document.createElement('div');
  render(<Page />, second);
  expect(second.textContent).toBe('首页'); // no frame of 「正在加载…」
  expect(attempts).toBe(2);
});
