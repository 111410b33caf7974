import { describe, expect, it } from 'vitest';
import { parseProgressReply, type ParsedReply } from '../../src/progress/parse-progress-reply.ts';

const ctx = {
  tasks: [
    { id: '1', title: '加快5G网络建设' },
    { id: '2', title: '推动5G赋能工业' },
    { id: '3', title: '推进智慧交通应用' },
    { id: '4', title: '打造5G产业集群' },
    { id: '12', title: '完善政策保障' },
  ],
  metrics: [
    { name: '新增5G工厂', unit: '家' },
    { name: '建成5G基站', unit: '个' },
    { name: '5G用户数', unit: '万户' },
    { name: '产业规模', unit: '亿元' },
  ],
};

type Ok = Extract<ParsedReply, { ok: true }>;
function ok(text: string): Ok {
  const r = parseProgressReply(text, ctx);
  if (!r.ok) throw new Error(`${text}: ${r.code} ${r.message}`);
  return r;
}
function code(text: string): string {
  const r = parseProgressReply(text, ctx);
  return r.ok ? 'ok' : r.code;
}

describe('parseProgressReply: accepted replies', () => {
  const cases: Array<[string, Partial<Ok>]> = [
    ['已完成60%，新增5G工厂12家', { status: '推进中', percent: 60, metricValues: [{ name: '新增5G工厂', value: 12, unit: '家', cumulative: true }] }],
    ['滞后：用地审批未完成', { status: '滞后', percent: undefined }],
    ['任务3 进度80%', { taskRefs: ['3'], percent: 80 }],
    // percent is what the text states (reply-json.md): 已完成 says no figure.
    ['已完成', { status: '已完成', percent: undefined }],
    ['完成', { status: '已完成' }],
    ['推进中', { status: '推进中' }],
    ['进行中，完成40%', { status: '推进中', percent: 40 }],
    ['進行中', { status: '推进中' }],
    ['滯後，原因是資金未到位', { status: '滞后' }],
    ['延期到下个月', { status: '滞后' }],
    ['受阻：需市规划部门协调', { status: '受阻' }],
    ['未开始', { status: '未开始' }],
    ['尚未启动，计划下月启动', { status: '未开始' }],
    ['本周无新进展', { noChange: true, status: undefined }],
    ['无进展', { noChange: true }],
    ['本週無新進展', { noChange: true }],
    ['no change', { noChange: true }],
    ['第3项 推进中', { taskRefs: ['3'], status: '推进中' }],
    ['第三项已完成', { taskRefs: ['3'], status: '已完成' }],
    // A list number is not a task reference (一、二、 / 1. 2. head a 报送's sections).
    ['3. 推进中 50%', { taskRefs: [], percent: 50 }],
    ['任务1 完成；任务2 推进中', { taskRefs: ['1', '2'] }],
    ['推进智慧交通应用：进行中', { taskRefs: ['3'], status: '推进中' }],
    ['建成基站1200个', { metricValues: [{ name: '建成5G基站', value: 1200, unit: '个', cumulative: true }] }],
    ['建成5G基站1.2万个', { metricValues: [{ name: '建成5G基站', value: 12000, unit: '个', cumulative: true }] }],
    ['5G用户数达到350万户', { metricValues: [{ name: '5G用户数', value: 350, unit: '万户', cumulative: true }] }],
    ['产业规模达1.2万亿元', { metricValues: [{ name: '产业规模', value: 12000, unit: '亿元', cumulative: true }] }],
    ['进度百分之七十', { percent: 70 }],
    ['完成度 90', { percent: 90 }],
    ['１００％', { status: '已完成', percent: 100 }],
    ['任务４：８０％', { taskRefs: ['4'], percent: 80 }],
    ['task 2 in progress 30%', { taskRefs: ['2'], status: '推进中', percent: 30 }],
    ['Task 1 done', { taskRefs: ['1'], status: '已完成' }],
    ['blocked by land approval', { status: '受阻' }],
    // A finished step is not a finished task (issue 11).
    ['已与供电局对接，完成选址', { status: '推进中' }],
    ['已与供电局对接选址事宜', { status: undefined, percent: undefined }],
    ['任务12 按计划推进', { taskRefs: ['12'], status: '推进中' }],
    ['\u200b推进中\u200b 60%', { status: '推进中', percent: 60 }],
    ['2022年3月已完成招标，进度70%', { percent: 70, status: '推进中' }],
    ['稳步推进，新增5G工厂3家，建成基站200个', { status: '推进中', metricValues: [{ name: '新增5G工厂', value: 3, unit: '家', cumulative: true }, { name: '建成5G基站', value: 200, unit: '个', cumulative: true }] }],
    ['👍 已完成', { status: '已完成' }],
    ['滞后，完成30%', { status: '滞后', percent: 30 }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const r = ok(text);
      for (const [k, v] of Object.entries(want)) expect((r as Record<string, unknown>)[k], k).toEqual(v);
    });
  }
});

describe('parseProgressReply: rejected replies', () => {
  // The refusal code → the replies that earn it.
  const refused: Record<string, string[]> = {
    percent_over_100: ['完成120%'],
    percent_negative: ['进度 -5%', '负10%'],
    bad_date: ['2022年13月完成', '3月32日完成'],
    empty: ['', '   \n '],
    noise: ['👍👍🎉', '。。。！', '\u200b\u200b', '好的'],
    unknown_task: ['任务99 推进中', '第20项已完成'],
    too_long: ['x'.repeat(40_000)],
  };
  for (const [want, texts] of Object.entries(refused)) for (const text of texts) {
    it(`${JSON.stringify(text.slice(0, 20))} → ${want}`, () => {
      const r = parseProgressReply(text, ctx);
      expect(r.ok).toBe(false);
      expect(code(text)).toBe(want);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    });
  }

  it('without context any task number is accepted', () => {
    const r = parseProgressReply('任务99 推进中');
    expect(r.ok && r.taskRefs).toEqual(['99']);
  });
});

describe('parseProgressReply: fuzzed input', () => {
  it('never throws and stays fast on arbitrary text, CJK fragments and long input', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = fc.constantFrom('任务', '第', '项', '%', '％', '-', '已完成', '未完成', '滞后', '进度', '万', '亿', '个', '家', '年', '月', '13', '120', '3.', '\u200b', '👍', '新增5G工厂', '建成基站', '本周无新进展', '\n', ' ');
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 200 }));
    fc.assert(
      fc.property(text, (s) => {
        const r = parseProgressReply(s, ctx);
        if (r.ok) {
          if (r.percent !== undefined) expect(r.percent >= 0 && r.percent <= 100).toBe(true);
          for (const id of r.taskRefs) expect(ctx.tasks.some((t) => t.id === id)).toBe(true);
        } else expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
    // How fast is a figure (issue 14): here, a long repetitive reply is read without a throw.
    expect(parseProgressReply('任务1 推进中 '.repeat(4000), ctx).ok).toBeDefined();
  });
});

describe('percent signs that are not negative progress', () => {
  it('GIVEN 进度60%-80% THEN a range, percent 60, no error', () => {
    const r = parseProgressReply('进度60%-80%');
    expect(r.ok && r.percent).toBe(60);
  });
  it('GIVEN 同比增长-5%，推进中 THEN the rate is not progress: no error, no percent', () => {
    const r = parseProgressReply('5G用户同比增长-5%，推进中');
    expect(r.ok).toBe(true);
    expect(r.ok && r.percent).toBeUndefined();
  });
  it('GIVEN 进度：-5% THEN rejected, and the message echoes only the number', () => {
    const r = parseProgressReply('进度：-5%');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('percent_negative');
    expect(!r.ok && r.message).toContain('-5%');
    expect(!r.ok && r.message).not.toContain('：-5%）');
  });
});
