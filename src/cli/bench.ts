// `duban bench` / `npm run bench`: runs every section in src/bench/index.ts and prints its figures;
// `npm run bench -- digest replies` runs only the sections named.
import { sections } from '../bench/index.ts';

export async function run(argv: string[]): Promise<number> {
  const names = argv.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !sections.some((s) => s.name === n));
  if (unknown.length) {
    console.error(`duban bench: no section ${unknown.join(', ')} (sections: ${sections.map((s) => s.name).join(', ')})`);
    return 2;
  }
  console.log(`duban bench · node ${process.version} · ${new Date().toISOString()}`);
  for (const section of sections.filter((s) => !names.length || names.includes(s.name))) {
    console.log(`\n## ${section.name}`);
    const mod = await section.load();
    await mod.run();
  }
  return 0;
}
