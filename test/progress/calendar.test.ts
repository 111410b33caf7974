// China's working calendar (issue 15) with a fixed clock: National Day 2024, Spring Festival 2025,
// and a year past the package's data (the warning, and the fallback to Monday–Friday).
import { describe, expect, test } from 'vitest';
import { calendarWarning, nextWorkday, onWorkingDay, pastCalendarData, scheduleCalendarNote, warnCalendarOnce, workCalendar } from '../../src/progress/calendar.ts';

const cn = workCalendar('cn');
const none = workCalendar('none');
const at = (local: string) => new Date(`${local}+08:00`);

describe('working calendar', () => {
  test('GIVEN National Day 2024 THEN Oct 1–7 off, Sep 29 (Sun) and Oct 12 (Sat) working; a Monday prompt on Oct 7 moves to Oct 8 09:00', () => {
    for (let d = 1; d <= 7; d++) expect(cn.isWorkday(`2024-10-0${d}`), `10-0${d}`).toBe(false);
    expect(cn.isWorkday('2024-09-29')).toBe(true);
    expect(cn.isWorkday('2024-10-12')).toBe(true);
    expect(cn.isWorkday('2024-10-13')).toBe(false);
    expect(nextWorkday(cn, '2024-10-01')).toBe('2024-10-08');
    expect(onWorkingDay(at('2024-10-07T09:00:00'), 'Asia/Shanghai', cn).toISOString()).toBe(at('2024-10-08T09:00:00').toISOString());
    // A working day stays put; plain weekdays (DUBAN_CALENDAR=none) keep Oct 7, a Monday.
    expect(onWorkingDay(at('2024-09-30T09:00:00'), 'Asia/Shanghai', cn).toISOString()).toBe(at('2024-09-30T09:00:00').toISOString());
    expect(onWorkingDay(at('2024-10-07T09:00:00'), 'Asia/Shanghai', none).toISOString()).toBe(at('2024-10-07T09:00:00').toISOString());
  });

  test('GIVEN Spring Festival 2025 THEN Jan 28–Feb 4 off, Jan 26 (Sun) and Feb 8 (Sat) working; a Wednesday reminder on Jan 29 goes out Feb 5', () => {
    for (const d of ['2025-01-28', '2025-01-29', '2025-01-31', '2025-02-03', '2025-02-04']) expect(cn.isWorkday(d), d).toBe(false);
    expect(cn.isWorkday('2025-01-26')).toBe(true);
    expect(cn.isWorkday('2025-02-08')).toBe(true);
    expect(onWorkingDay(at('2025-01-29T17:00:00'), 'Asia/Shanghai', cn).toISOString()).toBe(at('2025-02-05T17:00:00').toISOString());
    // Monday Feb 3 prompt → Wednesday Feb 5, same ISO week (2025-W06).
    expect(onWorkingDay(at('2025-02-03T09:00:00'), 'Asia/Shanghai', cn).toISOString()).toBe(at('2025-02-05T09:00:00').toISOString());
  });

  test('GIVEN a year past the data THEN Monday–Friday, a warning (once in the log), shown by /duban schedule', () => {
    const beyond = cn.lastYear! + 1;
    expect(cn.lastYear).toBeGreaterThanOrEqual(2025);
    // 1 October of that year: no holiday data, so a weekday is a working day.
    const oct1 = `${beyond}-10-01`;
    const weekday = ![0, 6].includes(new Date(`${oct1}T00:00:00Z`).getUTCDay());
    expect(cn.isWorkday(oct1)).toBe(weekday);
    expect(pastCalendarData(cn, oct1)).toBe(true);
    expect(pastCalendarData(cn, `${cn.lastYear}-10-01`)).toBe(false);
    expect(calendarWarning(cn, oct1)).toContain(`节假日数据只到${cn.lastYear}年`);
    expect(calendarWarning(cn, `${cn.lastYear}-06-01`)).toBeNull();
    const warnings: string[] = [];
    warnCalendarOnce(cn, oct1, (m) => warnings.push(m));
    warnCalendarOnce(cn, oct1, (m) => warnings.push(m));
    expect(warnings).toHaveLength(1);
    expect(scheduleCalendarNote(at(`${oct1}T09:00:00`), 'Asia/Shanghai', cn)).toContain('按周一至周五计算工作日');
    expect(scheduleCalendarNote(at('2024-10-01T09:00:00'), 'Asia/Shanghai', cn)).not.toContain('⚠');
    expect(scheduleCalendarNote(at('2024-10-01T09:00:00'), 'Asia/Shanghai', none)).toContain('DUBAN_CALENDAR=none');
  });
});
