// The sections `npm run bench` runs, in order. Each prints `name: value unit` lines.
export const sections: Array<{ name: string; load: () => Promise<{ run(): Promise<void> }> }> = [
  { name: 'parse', load: () => import('./parse.ts') },
  { name: 'styles', load: () => import('./styles.ts') },
  { name: 'store', load: () => import('./store.ts') },
  { name: 'slack-load', load: () => import('./slack-load.ts') },
  { name: 'digest', load: () => import('./digest.ts') },
  { name: 'render', load: () => import('./render.ts') },
  { name: 'bad-input', load: () => import('./bad-input.ts') },
  { name: 'worst-case', load: () => import('./worst-case.ts') },
  { name: 'replies', load: () => import('./replies.ts') },
];
