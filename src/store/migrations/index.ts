// Every migration, in version order. Add a line per new file `NNNN-what-it-does.ts`.
import type { Migration } from '../migrate.ts';

export const migrations: Migration[] = [];
