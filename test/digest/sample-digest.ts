// A digest model for renderer tests: n units, one at risk, long notes to push the limits.
import { emptyCounts, type Digest } from '../../src/digest/types.ts';

export function sampleDigest(units = 3): Digest {
  const names = Array.from({ length: units }, (_, i) => (i === 0 ? '广州市工业和信息化局' : `第${i}区政府办公室`));
  return {
    tenant: 'T1', planId: 1, plan: '广州市加快5G应用创新发展三年行动计划', shortName: '广州5G应用', week: '2022-W10', today: '2022-03-11', timezone: 'Asia/Shanghai',
    units: { expected: units, reported: names.slice(0, 1).map((unit, i) => ({ unitId: i, unit })), missing: names.slice(1).map((unit, i) => ({ unitId: i + 1, unit, members: ['u'] })), excused: [], onLeave: [] },
    tasks: 4,
    statusCounts: { ...emptyCounts(), 推进中: 2, 滞后: 1, 未填报: 1 },
    lastWeekCounts: { ...emptyCounts(), 推进中: 1, 未填报: 3 },
    statusChange: { ...emptyCounts(), 推进中: 1, 滞后: 1, 未填报: -2 },
    atRisk: [{ taskNumber: '2', title: '推动5G赋能工业', unit: '市发展改革委', status: '滞后', reasons: ['滞后', '逾期'], deadline: '2022-02-28', note: '用地审批未完成' }],
    upcomingDeadlines: [{ date: '2022-03-31', daysLeft: 20, taskNumber: '1', title: '加快5G网络建设', text: '2022年3月底前', status: '推进中' }],
    metrics: [{ name: '建成5G基站', unit: '个', year: 2022, target: 80000, latest: 12000, reportedBy: '广州市工业和信息化局', reportedWeek: '2022-W10', percentOfTarget: 15, expected: 19, gap: 4, light: 'green' }],
    thresholds: { yellow: 10, red: 30 },
    schedule: [
      { task: '1', title: '加快5G网络建设', expected: 45, actual: 30, gap: 15, light: 'yellow', start: '2021-01-01', deadline: '2022-03-31', overdue: false, unit: names[0] },
      { task: '2', title: '推动5G赋能工业', expected: 100, actual: 40, gap: 60, light: 'red', start: '2021-01-01', deadline: '2022-02-28', overdue: true, unit: '市发展改革委' },
    ],
    replies: [{ taskNumber: '1', title: '加快5G网络建设', lead: [{ unit: names[0], status: '推进中', percent: 30, note: null }], supporters: [{ unit: '第1区政府办公室', status: '推进中', percent: null, note: '配合完成选址' }] }],
    promises: [{ taskNumber: '4', title: '推动5G赋能交通', unit: names[0], status: '推进中' as const, percent: 50, expected: '2022-06-30', blocker: '征地', overdue: false }],
    notes: Array.from({ length: units }, (_, i) => ({ unit: names[i], taskNumber: '1', status: '推进中' as const, text: `新增5G工厂12家，用地审批推进中。${'说明'.repeat(200)}`, week: '2022-W10' })),
    byUnit: names.map((unit, i) => ({ unit, counts: { ...emptyCounts(), 推进中: i % 3, 滞后: 1, 未填报: 1 } })),
  };
}
