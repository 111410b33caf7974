// `duban bench` / `npm run bench`: runs every section in src/bench/index.ts and prints its figures.
import { sections } from '../bench/index.ts';

export async function run(_argv: string[]): Promise<number> {
  console.log(`duban bench · node ${process.version} · ${new Date().toISOString()}`);
  for (const section of sections) {
    console.log(`\n## ${section.name}`);
    const mod = await section.load();
    await mod.run();
  }
  return 0;
}
