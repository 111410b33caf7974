import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyDoc, parsePlanFile, parsePlanPath, parsePlanText, runStages, stages } from '../../src/ingest/pipeline.ts';
import { IngestError } from '../../src/ingest/errors.ts';

const PLAN = ['某市智慧城市建设行动计划', '一、重点任务', '1.建设城市大脑。到2022年，接入系统50个。(市政务服务数据管理局牵头)', '2.推进智慧交通。2021年底前完成信号灯改造。(市交通运输局、公安局按职责分工负责)'].join('\n');

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('stages', () => {
  test('GIVEN the stage list THEN it names each stage after its file, in order', () => {
    expect(stages.map(([name]) => name)).toEqual([
      'strip-artifacts',
      'to-simplified',
      'plan-meta',
      'outline',
      'tasks',
      'assignments',
      'annex',
      'deadlines',
      'targets',
    ]);
  });

  test('GIVEN a frozen doc THEN every stage returns a new value and mutates nothing', () => {
    let doc = deepFreeze(emptyDoc(PLAN));
    for (const [, stage] of stages) {
      const next = stage(doc);
      expect(next).not.toBe(doc);
      doc = deepFreeze(next);
    }
    expect(doc.tasks).toHaveLength(2);
  });

  test('GIVEN runStages with until THEN it stops after that stage', () => {
    const doc = runStages(emptyDoc(PLAN), 'outline');
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(doc.tasks).toEqual([]);
  });
});

describe('parsePlanText', () => {
  test('GIVEN a small plan THEN tasks, units, targets and deadlines come out in the plan-json shape', () => {
    const plan = parsePlanText(PLAN, 'plan.txt');
    expect(plan.plan.title).toBe('某市智慧城市建设行动计划');
    expect(plan.tasks.map((t) => [t.id, t.title, t.leads, t.responsible, t.deadlines.map((d) => d.date)])).toEqual([
      ['1', '建设城市大脑', ['市政务服务数据管理局'], [], []],
      ['2', '推进智慧交通', [], ['市交通运输局', '市公安局'], ['2021-12-31']],
    ]);
    expect(plan.targets.map((t) => [t.year, t.taskId, t.metrics.map((m) => m.value)])).toEqual([[2022, '1', [50]]]);
  });

  test('GIVEN a Traditional plan THEN values are Simplified, original keeps the script, and 顯著 is converted once (显著, not 显着)', () => {
    const text = ['某市數位轉型行動計劃', '一、重點任務', '1.推動產業升級。成效顯著提升。(市經濟發展局牽頭)', '2.強化網路建設。擴大覆蓋範圍。'].join('\n');
    const plan = parsePlanText(text, 'tw.txt');
    expect(plan.plan.script).toBe('traditional');
    expect(plan.tasks[0].title).toBe('推动产业升级');
    expect(plan.tasks[0].body).toContain('成效显著提升');
    expect(plan.tasks[0].original).toContain('顯著');
    expect(plan.tasks[0].leads).toEqual(['市经济发展局']);
  });

  test('GIVEN a text that is no plan THEN a one-line IngestError naming the file', () => {
    expect(() => parsePlanText('今天天气很好，我们去公园散步，看见很多人在跳舞唱歌，心情非常愉快。', 'diary.txt')).toThrow(IngestError);
    try {
      parsePlanText('hello world', 'x.txt');
    } catch (err) {
      expect((err as Error).message).toMatch(/^x\.txt: /);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});

describe('parsePlanFile and parsePlanPath', () => {
  test('GIVEN UTF-8 bytes THEN parsePlanFile decodes and parses', async () => {
    const plan = await parsePlanFile({ name: 'p.txt', bytes: new TextEncoder().encode(PLAN) });
    expect(plan.tasks).toHaveLength(2);
  });

  test('GIVEN a path THEN parsePlanPath reads it; a missing path is an IngestError', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'duban-pipeline-'));
    const file = path.join(dir, 'plan.txt');
    writeFileSync(file, PLAN);
    expect((await parsePlanPath(file)).tasks).toHaveLength(2);
    await expect(parsePlanPath(path.join(dir, 'missing.txt'))).rejects.toBeInstanceOf(IngestError);
  });

  test('GIVEN a 2 MB plan of 900 long items THEN 900 tasks (its time: npm run bench, worst-case)', () => {
    const filler = '加快建设，完善配套，到2022年完成50个，推动产业集聚发展。'.repeat(40);
    const items = Array.from({ length: 900 }, (_, i) => `${i + 1}.推进第${i}项工作。${filler}(市发展改革委牵头,各区政府配合)`);
    const plan = parsePlanText(['某市行动计划', '一、重点任务', ...items].join('\n'), 'big.txt');
    expect(plan.tasks).toHaveLength(900);
  });
});
