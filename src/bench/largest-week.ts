// The largest realistic week (issue 13), for test/platform-limits and `npm run bench`: one plan of a
// big city with 200 units under long official names, 400 tasks, two members per unit on each
// platform, and a week of reports whose notes hold `<!channel>`, `@everyone`, `@here`, markup and
// very long text. Every post kind is then built the way the scheduler and dispatch build it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWeeks } from '../core/week.ts';
import { openStore, type Store } from '../store/open.ts';
import { planReader } from '../store/plan-reader.ts';
import { savePlan, type SavablePlan } from '../store/plan-writer.ts';
import { addMember, insertReports, type NewReport } from '../store/progress-writer.ts';

export const UNITS = 200;
export const TASKS = 400;
export const WEEK = '2022-W10';
export const TENANTS = { slack: 'T0LARGE', discord: '900000000000000001', console: 'console' } as const;
export type LargePlatform = keyof typeof TENANTS;

/** Text a unit might paste: every ping form both platforms know, markup, and an angle-bracket link. */
export const HOSTILE = '<!channel> @everyone 请 @here 注意 <!here> <!everyone> <@U0AAAAAAA> <@&123456789012345678> *加粗* _斜体_ ~删除~ `代码` <https://example.org|点此> & <b>';

// 天河区数字经济和信息化工作领导小组办公室（大数据发展管理局） and the like: 30–40 characters.
const DISTRICTS = ['天河', '越秀', '海珠', '荔湾', '白云', '黄埔', '番禺', '花都', '南沙', '从化', '增城'];
const OFFICES = ['数字经济和信息化工作领导小组办公室（大数据发展管理局）', '发展和改革委员会（粮食和物资储备局）', '工业和信息化局（中小企业服务中心）', '住房和城乡建设局（城市更新项目推进办公室）'];

export function unitName(i: number): string {
  // Two units carry a ping in their very name (a badly imported table): names are user text too.
  if (i === 7) return '@everyone 第七工作专班（临时）';
  if (i === 8) return '<!channel> 第八工作专班（临时）';
  return `广州市${DISTRICTS[i % DISTRICTS.length]}区第${i + 1}片区${OFFICES[i % OFFICES.length]}`;
}

/** A member id shaped as the platform's (Slack U…, Discord a snowflake); the console keeps names. */
export function memberId(platform: LargePlatform, unit: number, n: number): string {
  const k = unit * 2 + n;
  if (platform === 'slack') return `U${String(k).padStart(10, '0')}`;
  if (platform === 'discord') return String(130000000000000000n + BigInt(k));
  return `user${k}`;
}

function largestPlan(): SavablePlan {
  const units = Array.from({ length: UNITS }, (_, i) => unitName(i));
  return {
    plan: { title: '广州市加快数字经济和5G应用创新发展三年行动计划（2021—2023年）', period: { start: 2021, end: 2023 }, issuers: ['广州市人民政府办公厅'], issuedOn: '2021-03-01', docNumber: null, kind: 'plan', about: null, script: 'simplified' },
    targets: [
      { year: 2022, text: '到2022年，千兆光纤用户达到1000万户，建成5G基站6.5万座。', taskId: null, metrics: [
        { name: '千兆光纤用户', value: 10_000_000, unit: '户', qualifier: null }, { name: '建成5G基站', value: 65_000, unit: '座', qualifier: null },
      ] },
      { year: 2021, text: '到2021年，千兆光纤用户达到600万户，建成5G基站5万座。', taskId: null, metrics: [
        { name: '千兆光纤用户', value: 6_000_000, unit: '户', qualifier: null }, { name: '建成5G基站', value: 50_000, unit: '座', qualifier: null },
      ] },
    ],
    tasks: Array.from({ length: TASKS }, (_, i) => ({
      id: String(i + 1), path: ['重点任务'],
      title: i % 50 === 3 ? `推进 ${HOSTILE} 专项工程` : `推进第${i + 1}项数字化改造与5G融合应用示范工程建设（含配套网络、平台与安全保障）`,
      kind: 'task' as const, leads: [units[i % UNITS]], supports: [units[(i + 7) % UNITS]], responsible: [], clauses: [],
      // Past deadlines make tasks 逾期 (red); the rest fall due within the digest's 30 days.
      deadlines: [{ date: i % 3 === 0 ? '2022-02-28' : `2022-03-${String(12 + (i % 17)).padStart(2, '0')}`, text: '2022年3月底前' }],
    })),
  };
}

const STATUSES = ['推进中', '已完成', '滞后', '受阻', '推进中', '未开始'] as const;

function note(i: number): string {
  if (i % 7 === 0) return `${HOSTILE} ${'本周完成阶段性工作，协调用地审批与资金拨付，'.repeat(60)}`; // ~1,400 characters
  return `第${i + 1}项：${HOSTILE} 完成设备招标，新增5G基站${i}座`;
}

export interface LargestWeek {
  store: Store;
  planId: number;
  week: string;
  /** The week after: nobody has reported yet, so the reminder names every unit. */
  nextWeek: string;
  now: Date;
  close(): void;
}

/** A fresh store holding the largest week; `close()` removes it. */
export function buildLargestWeek(): LargestWeek {
  const dir = mkdtempSync(join(tmpdir(), 'duban-largest-week-'));
  const store = openStore(join(dir, 'largest.sqlite'));
  const at = Date.UTC(2022, 2, 1);
  const planId = savePlan(store, largestPlan(), { name: 'largest.txt', sha256: 'largest-week' }, new Date(at)).planId;
  const reader = planReader(store);
  const tasks = reader.tasksOfPlan(planId);
  const leadOf = (taskId: number) => reader.assignmentsOfTask(taskId).find((a) => a.role === 'lead')!.unitId;
  const unitIds = [...new Set(tasks.map((t) => leadOf(t.id)))];
  for (const platform of Object.keys(TENANTS) as LargePlatform[]) {
    unitIds.forEach((unitId, u) => {
      for (const n of [0, 1]) addMember(store, { tenant: TENANTS[platform], user: memberId(platform, u, n), unitId, addedBy: 'fixture', at });
    });
    // Every task reported this week by its lead unit, the metrics by every tenth task.
    const reports: NewReport[] = tasks.map((t, i) => ({
      tenant: TENANTS[platform], planId, taskKeyId: t.taskKeyId, taskId: t.id, unitId: leadOf(t.id), reporter: memberId(platform, i % UNITS, 0), onBehalf: false,
      status: STATUSES[i % STATUSES.length], percent: (i * 7) % 100, note: note(i),
      metrics: i % 10 === 0 ? [{ name: '千兆光纤用户', value: 5_000_000 + i * 1000, unit: '户' }, { name: '建成5G基站', value: 40_000 + i, unit: '座' }] : [],
      noChange: false, week: WEEK, reportedAt: Date.UTC(2022, 2, 8) + i * 1000, sourcePlatform: platform, sourceMessageId: `${platform}-${i}`,
    }));
    store.write(() => {
      for (const r of reports) insertReports(store, [r]);
    });
  }
  return {
    store, planId, week: WEEK, nextWeek: addWeeks(WEEK, 1), now: new Date('2022-03-11T08:00:00Z'),
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
