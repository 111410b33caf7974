// Runs one bench section by name (`run-bench-section.ts slack-load`), for the trust report's figures.
import { sections } from '../../../src/bench/index.ts';

const name = process.argv[2];
const section = sections.find((s) => s.name === name);
if (!section) throw new Error(`no bench section ${name}`);
await (await section.load()).run();
