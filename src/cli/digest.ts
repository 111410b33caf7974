// `duban digest --week 2022-W10 --format markdown|text|json [--plan …] [--tenant console] [--chart FILE.png] [--db FILE]`:
// the weekly digest of one workspace (default: the console's) for one plan, or the plans it follows
// (every plan with tasks when it follows none).
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { DEFAULT_TIMEZONE } from '../core/clock.ts';
import { openStore, resolveDbPath } from '../store/open.ts';
import { defaultSeedsDir, ensureSeedsLoaded } from '../plans/import-plans.ts';
import { isoWeekOf, isValidTimezone, isValidWeek } from '../core/week.ts';
import { renderDigestMarkdown, renderDigestText } from '../digest/render-text.ts';
import { renderDigestChart } from '../digest/render-chart.ts';
import { DIGEST_SCHEMA } from '../digest/export-json.ts';
import type { Digest } from '../digest/types.ts';
import { isDubanError } from '../core/errors.ts';
import { requestedDigests } from '../progress/digest-reply.ts';
import { setting } from '../config.ts';

const FORMATS = ['markdown', 'text', 'json'] as const;

export async function run(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        week: { type: 'string' }, format: { type: 'string', default: 'markdown' }, plan: { type: 'string' }, tenant: { type: 'string', default: 'console' },
        timezone: { type: 'string', default: DEFAULT_TIMEZONE }, chart: { type: 'string' }, db: { type: 'string' },
      },
    }));
  } catch (err) {
    console.error(`duban digest: ${(err as Error).message}`);
    return 2;
  }
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    console.error(`duban digest: --format must be one of ${FORMATS.join(', ')}, got ${format}`);
    return 2;
  }
  const tz = values.timezone as string;
  if (!isValidTimezone(tz)) {
    console.error(`duban digest: unknown time zone ${tz}`);
    return 2;
  }
  const week = (values.week as string | undefined) ?? isoWeekOf(new Date(), tz);
  if (!isValidWeek(week)) {
    console.error(`duban digest: --week must be an ISO week like 2022-W10, got ${week}`);
    return 2;
  }
  const store = openStore(resolveDbPath(values.db as string | undefined));
  try {
    await ensureSeedsLoaded(store, setting('DUBAN_SEEDS') || defaultSeedsDir(), (line) => console.error(line));
    let digests: Digest[];
    try {
      digests = requestedDigests(store, { tenant: values.tenant as string, plan: values.plan as string | undefined, week, now: new Date(), timezone: tz });
    } catch (err) {
      return reportDigestError(err, values.plan as string | undefined);
    }
    if (format === 'json') {
      const out = digests.map((d) => ({ schema: DIGEST_SCHEMA, ...d }));
      console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
    } else {
      process.stdout.write(digests.map((d) => (format === 'markdown' ? renderDigestMarkdown(d) : renderDigestText(d))).join('\n'));
    }
    if (values.chart) {
      writeFileSync(values.chart as string, renderDigestChart(digests[0]));
      console.error(`chart: ${values.chart}`);
    }
    return 0;
  } finally {
    store.close();
  }
}

// Why no digest could be built, as one line on stderr; the exit code.
function reportDigestError(err: unknown, plan: string | undefined): number {
  if (!isDubanError(err)) throw err;
  if (err.code === 'ambiguous_plan') {
    console.error(`duban digest: "${plan}" matches several plans: ${err.detail}; give more of the name`);
    return 1;
  }
  if (err.code === 'bad_option') {
    console.error(`duban digest: ${err.detail ?? 'bad option'}`);
    return 1;
  }
  // A plan with no tasks (a policy interpretation) is no digest either: say so, not "no plan matches".
  console.error(`duban digest: ${plan ? `no plan matches "${plan}"; see duban units or duban ask` : 'the store has no plans yet; run duban import first'}`);
  return 1;
}
