// Every migration, in version order. Add a line per new file `NNNN-what-it-does.ts`.
import type { Migration } from '../migrate.ts';
import { migration as plans0001 } from './0001-plans.ts';

export const migrations: Migration[] = [
  plans0001,
];
