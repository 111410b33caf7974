import { describe, expect, test } from 'vitest';
import { test as prop, fc } from '@fast-check/vitest';
import { extractDeadlines } from '../../src/ingest/deadlines.ts';
import { WORST_DEADLINES } from '../../src/bench/worst-case.ts';

const TOKENS = ['2021', '2024', '2100', '年', '月', '日', '底', '末', '前', '上半年', '第三季度', '到', '力争', '完成时限：', '，', '。', '(', ')', '13', '2', '29', '31', '6', '十二', '建成', '起'];
const tokenText = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const dates = (text: string): string[] => extractDeadlines(text).map((d) => d.date);

describe('extractDeadlines', () => {
  test.each([
    ['统筹推进基站建设，2020年10月底前完成规划编制。', '2020-10-31'],
    ['力争2020年9月底前实现独立组网商用。', '2020-09-30'],
    ['2021年底前设计完成第二代智能燃气表', '2021-12-31'],
    ['2020年年底前完成改造', '2020-12-31'],
    ['力争2024年底前实现全市域覆盖', '2024-12-31'],
    ['2021年6月前完成招标', '2021-06-30'],
    ['2021年6月30日前完成验收', '2021-06-30'],
    ['2023年3月15日之前上线试运行', '2023-03-15'],
    ['2022年上半年完成首批试点', '2022-06-30'],
    ['2022年下半年全面推广', '2022-12-31'],
    ['2021年第三季度建成平台', '2021-09-30'],
    ['2021年一季度完成部署', '2021-03-31'],
    ['2022年前三季度完成清理', '2022-09-30'],
    ['完成时限：2022年12月', '2022-12-31'],
    ['完成时限：2023年6月底', '2023-06-30'],
    ['完成时间:2022年', '2022-12-31'],
    ['时间节点：2021年11月', '2021-11-30'],
    ['2021年六月底前印发实施方案', '2021-06-30'],
    ['2021年12月中旬前报送', '2021-12-20'],
    ['２０２１年１２月底前完成', '2021-12-31'],
    ['2025年前建成示范区', '2025-12-31'],
    ['2021年至2023年底前完成全部改造', '2023-12-31'],
    ['二〇二一年底前完成改造', '2021-12-31'],
    ['二零二二年六月底前出台细则', '2022-06-30'],
    ['在2021年内完成全部验收', '2021-12-31'],
    ['2021年12月，全面完成验收', '2021-12-31'],
  ])('GIVEN %s THEN %s', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });

  test('GIVEN 2024年2月29日前 (a leap year) THEN kept; 2023年2月29日前 THEN dropped', () => {
    expect(dates('2024年2月29日前完成')).toEqual(['2024-02-29']);
    expect(dates('2023年2月29日前完成')).toEqual([]);
    expect(dates('2100年2月29日前完成')).toEqual([]); // 2100 is no leap year
    expect(dates('2000年2月29日前完成')).toEqual(['2000-02-29']);
  });

  test.each([
    ['2022年13月底前完成'],
    ['2022年0月前完成'],
    ['2021年4月31日前完成'],
  ])('GIVEN an impossible date %s THEN nothing, no throw', (text) => {
    expect(() => extractDeadlines(text)).not.toThrow();
    expect(dates(text)).toEqual([]);
  });

  test.each([
    ['到2022年底力争建成智慧灯杆3.4万根', 'a 到YYYY年底 target'],
    ['到2023年，将广州打造成为示范城市', 'a 到YYYY年 target'],
    ['年内完成全部改造', 'no year'],
    ['截至2020年底，全市已建成基站1万个', 'a baseline'],
    ['经市政府同意，2021年10月8日印发', 'a signature date'],
    ['贯彻落实《行动计划(2021-2023年)》', 'a period'],
    ['结合2022年北京冬奥会等重大活动', 'an event year'],
    ['自2022年起施行', 'a start date'],
  ])('GIVEN %s (%s) THEN no deadline', (text) => {
    expect(dates(text)).toEqual([]);
  });

  test('THEN text is the clause the deadline sits in, from its 力争 to the next ，', () => {
    expect(extractDeadlines('加快推进网络建设，力争2020年9月底前实现商用，降低成本。')).toEqual([
      { date: '2020-09-30', text: '力争2020年9月底前实现商用' },
    ]);
    expect(extractDeadlines('统筹推进，2020年10月底前完成各县(区)规划和发布。')[0].text).toBe(
      '2020年10月底前完成各县(区)规划和发布',
    );
  });

  test('GIVEN a bracketed limit 建设平台(2021年底前完成) THEN the text is inside the bracket', () => {
    expect(extractDeadlines('建设平台(2021年底前完成)。')).toEqual([{ date: '2021-12-31', text: '2021年底前完成' }]);
  });

  test('GIVEN two limits in one item THEN both, in order', () => {
    expect(dates('2021年6月底前出台方案；2022年底前全面完成改造。')).toEqual(['2021-06-30', '2022-12-31']);
  });

  test('GIVEN 2021年6月底前…，9月底前… THEN the month with no year takes the year before it', () => {
    expect(extractDeadlines('2021年6月底前出台方案，9月底前完成试点，12月31日前全面推开。')).toEqual([
      { date: '2021-06-30', text: '2021年6月底前出台方案' },
      { date: '2021-09-30', text: '9月底前完成试点' },
      { date: '2021-12-31', text: '12月31日前全面推开' },
    ]);
    expect(dates('每年12月底前报送上年度工作总结')).toEqual([]);
  });

  // How fast is a figure (`npm run bench`, worst-case); a runaway still fails on the test timeout.
  test('GIVEN 200 KB of digits and 年 THEN deadlines come back as a list', () => {
    for (const text of WORST_DEADLINES()) {
      expect(Array.isArray(extractDeadlines(text))).toBe(true);
    }
  });

  prop.prop([tokenText])('GIVEN any mix of years, months and 前 THEN real dates only, each text a piece of the input', (text) => {
    for (const d of extractDeadlines(text)) {
      expect(isRealDate(d.date)).toBe(true);
      expect(text.includes(d.text)).toBe(true);
    }
  });
});
