// A task named by its title rather than its number (推进智慧交通应用：进行中 → task 3): at least 4
// characters of the title, punctuation and script ignored.
import { toSimplified } from '../text/script.ts';

export interface TitledTask {
  id: string;
  title: string;
}

const KEY = /[\s\p{P}\p{S}]/gu;
const cache = new WeakMap<TitledTask[], Array<[string, string]>>();

function keysOf(tasks: TitledTask[]): Array<[string, string]> {
  let keys = cache.get(tasks);
  if (!keys) {
    keys = tasks.map((t) => [t.id, toSimplified(t.title).replace(KEY, '')] as [string, string]).filter(([, k]) => k.length >= 4);
    cache.set(tasks, keys);
  }
  return keys;
}

export function tasksNamedByTitle(text: string, tasks: TitledTask[]): string[] {
  const flat = toSimplified(text).replace(KEY, '');
  return keysOf(tasks).filter(([, title]) => flat.includes(title)).map(([id]) => id);
}
