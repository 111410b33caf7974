// Ledger rows for the writer tests: Chinese text, a formula-looking note, commas, quotes, newlines.
import type { LedgerRow } from '../../src/ledger/ledger-row.ts';

export const rows: LedgerRow[] = [
  {
    plan: '广州市加快5G应用创新发展三年行动计划（2020—2022年）',
    taskId: '4',
    taskTitle: '推动5G赋能交通',
    leads: ['市交通运输局'],
    supports: ['市工业和信息化局', '市公安局'],
    responsible: [],
    deadlines: ['2020-10-31'],
    status: '推进中',
    percent: 60,
    // 2022-03-07 17:30 in Asia/Shanghai
    reportedAt: new Date('2022-03-07T09:30:00Z'),
    reportedBy: '市交通运输局',
    note: '新增5G工厂12家，"智慧港口"试点上线 A&B<C>\n下周验收',
    expected: '2022-06-30',
    blocker: '征地',
  },
  {
    plan: '广州市加快5G应用创新发展三年行动计划（2020—2022年）',
    taskId: '5',
    taskTitle: '=HYPERLINK("http://evil","点我")',
    leads: [],
    supports: [],
    responsible: ['各区政府'],
    deadlines: ['2021-06-30', '2022-12-31'],
    status: '滞后',
    percent: 0,
    reportedAt: new Date('2022-03-06T16:30:00Z'), // 2022-03-07 00:30 local: the date moves across midnight
    reportedBy: '天河区政府',
    note: '@everyone -5% +1 用地审批未完成',
    expected: null,
    blocker: '用地审批',
  },
  {
    plan: '另一规划',
    taskId: '1.2',
    taskTitle: '未填报的任务',
    leads: ['市发展改革委'],
    supports: [],
    responsible: [],
    deadlines: [],
    status: null,
    percent: null,
    reportedAt: null,
    reportedBy: null,
    note: null,
    expected: null,
    blocker: null,
  },
];
