// Entry of the dispatch worker thread (see dispatch-pool.ts). A worker does not inherit the tsx
// loader the main thread registered, so it registers its own before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./dispatch-worker.ts');
