// `duban report --unit X --task 3 --status 推进中 --percent 60 --note … [--metric 名称=值]` or
// `duban report --unit X "任务3 已完成60%，新增5G工厂12家"`: records one report from the command line.
// The CLI operator acts as a coordinator (recorded as on behalf of the unit unless --user is a member).
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { openStore, resolveDbPath } from '../store/open.ts';
import { defaultSeedsDir, ensureSeedsLoaded } from '../plans/import-plans.ts';
import { recordProgress } from '../progress/record.ts';
import type { MetricValue } from '../progress/parse-progress-reply.ts';
import { setting } from '../config.ts';

const USAGE = 'usage: duban report [--unit X] [--task N] [--status 推进中] [--percent 60] [--note …] [--metric 名称=值] [--plan P] [--week 2022-W10] [--tenant console] [--user cli] [--id MSG] [--db FILE] [free text]';

export async function run(argv: string[]): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        unit: { type: 'string' }, task: { type: 'string' }, status: { type: 'string' }, percent: { type: 'string' }, note: { type: 'string' },
        metric: { type: 'string', multiple: true }, plan: { type: 'string' }, week: { type: 'string' }, tenant: { type: 'string', default: 'console' },
        user: { type: 'string', default: 'cli' }, id: { type: 'string' }, db: { type: 'string' }, timezone: { type: 'string' }, json: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    console.error(`duban report: ${(err as Error).message}. ${USAGE}`);
    return 2;
  }
  const text = positionals.join(' ').trim();
  const str = (k: string) => values[k] as string | undefined;
  if (!text && !str('status') && !str('percent') && !str('note') && !values.metric) {
    console.error(`duban report: nothing to report. ${USAGE}`);
    return 2;
  }
  let percent: number | undefined;
  if (str('percent') !== undefined) {
    percent = Number(String(str('percent')).replace(/%$/, ''));
    if (!Number.isFinite(percent)) {
      console.error(`duban report: --percent must be a number 0–100, got ${str('percent')}`);
      return 2;
    }
  }
  const metrics: MetricValue[] | undefined = (values.metric as string[] | undefined)?.map((m) => {
    const [name, raw] = m.split('=');
    return { name: name.trim(), value: Number(raw), unit: null };
  });
  if (metrics?.some((m) => !m.name || !Number.isFinite(m.value))) {
    console.error('duban report: --metric takes 名称=数值, e.g. --metric 新增5G工厂=12');
    return 2;
  }
  const store = openStore(resolveDbPath(str('db')));
  try {
    await ensureSeedsLoaded(store, setting('DUBAN_SEEDS') || defaultSeedsDir(), (line) => console.error(line));
    const result = recordProgress(store, {
      tenant: str('tenant')!, user: str('user')!, platform: 'cli', sourceMessageId: str('id') ?? randomUUID(), at: new Date(), isCoordinator: true,
      unit: str('unit'), task: str('task'), plan: str('plan'), status: str('status'), percent, note: str('note'), metrics,
      text: text || undefined, week: str('week'), timezone: str('timezone'),
    });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else if (result.status === 'rejected') console.error(`duban report: ${result.understood} ${result.correctionHint}`);
    else console.log(result.understood);
    return result.status === 'rejected' ? 1 : 0;
  } finally {
    store.close();
  }
}
