import { describe, expect, test } from 'vitest';
import { runStage } from './helpers.ts';

const expected = (text: string, week = '2022-W10') => runStage('dates', text, { week }).expected;

describe('dates (against the reply week, Asia/Shanghai)', () => {
  test.each([
    ['预计6月底完工', '2022-W10', '2022-06-30'],
    ['剩余部分下月底前完成', '2022-W10', '2022-04-30'],
    ['预计下月底印发', '2022-W23', '2022-07-31'],
    ['力争年底前全部完成', '2022-W10', '2022-12-31'],
    ['国庆前可以全部建成', '2022-W34', '2022-09-30'],
    ['原定3月底完成，因设备到货推迟，现延期至5月底', '2022-W10', '2022-05-31'],
    ['预计3月底完成', '2022-W45', '2023-03-31'],
    ['计划于2022年9月15日完成验收', '2022-W10', '2022-09-15'],
    ['计划三季度末完成', '2022-W10', '2022-09-30'],
    ['预计本周内完成', '2022-W10', '2022-03-13'],
    ['本周新建3座', '2022-W10', null],
    ['验收工作下周进行', '2022-W10', null],
    ['预计十一月底完工', '2022-W10', '2022-11-30'], // Chinese-numeral months and days
    ['推迟到七月十五日完成', '2022-W10', '2022-07-15'],
    ['争取下月10号前完成', '2022-W10', '2022-04-10'], // a day of this or next month
    ['本月25日前能完成', '2022-W10', '2022-03-25'],
    ['6月上旬能完', '2022-W10', '2022-06-10'], // chat verbs after the date
    ['月底前弄完', '2022-W18', '2022-05-31'],
    ['争取明年二季度末完成', '2022-W10', '2023-06-30'],
    ['计划2023年第一季度完成', '2022-W10', '2023-03-31'],
    ['计划下月开工', '2022-W10', null], // a start date is not the promised finish
    ['拟于三季度启动招标', '2022-W10', null],
    ['暂停施工，预计下月复工', '2022-W10', null], // a restart is a start too
    ['计划6月底恢复施工', '2022-W10', null],
    ['国庆节前投入使用', '2022-W34', '2022-09-30'], // put to use after the date: the finish
    ['8月底投入运行', '2022-W10', '2022-08-31'],
    // 春节前: the eve (除夕) of the coming Spring Festival, from chinese-days (2023-01-22, 2024-02-10)
    ['力争春节前完成', '2022-W50', '2023-01-21'],
    ['春节前完成', '2022-W10', '2023-01-21'], // 2022's festival (2月1日) is past by March
    ['过年前弄完', '2023-W40', '2024-02-09'],
    ['预计明年春节前完成', '2023-W01', '2024-02-09'], // the year written decides
    ['计划2023年春节前完成', '2022-W10', '2023-01-21'],
    ['春节后完成', '2022-W50', null], // after the holiday: no day named
    ['国庆节后完成', '2022-W34', null],
  ])('GIVEN %s in %s THEN %s', (text, week, want) => {
    expect(expected(text, week)).toBe(want);
  });
  test('GIVEN the week 2027-W01 (starts 2027-01-04) THEN 月底 is January 2027', () => {
    expect(expected('月底前完成', '2027-W01')).toBe('2027-01-31');
  });
  test('GIVEN 2022年13月 THEN problem bad_date', () => {
    expect(runStage('dates', '计划2022年13月完成').problem).toBe('bad_date');
  });
});
