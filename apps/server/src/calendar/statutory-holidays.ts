/**
 * The provisional calendar of a year whose State Council notice is not out yet, computed from
 * the statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision, in force since
 * 2025-01-01), article 2: 元旦 January 1; 春节 农历除夕 and 正月初一至初三 (4 days); 清明节
 * (the day of the solar term); 劳动节 May 1–2; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节
 * October 1–3. Article 6: a statutory day that falls on a Saturday or Sunday is made up on a
 * working day (补休) — here the next Monday–Friday that is not already off. Two statutory
 * holidays on the same day (中秋 on 10-01 happens) are two days owed, so the second is made up
 * the same way.
 *
 * What a provisional year deliberately lacks: the notice's 调休 swaps (weekends worked so that
 * a break runs longer). Those are decided each year and cannot be derived, so a provisional year
 * has no make-up workdays; its count of working days matches the official year's (a swap moves
 * a day, it does not add one), only their places may differ.
 *
 * Lunar dates and the Qingming solar term come from tyme4ts (6tail), not from tables of our own.
 * Pure: no I/O, no clock.
 */
import { LunarDay, SolarTerm } from 'tyme4ts';

/** A statutory day off (or its 补休) with its name. */
export interface StatutoryDay {
  date: string;
  /** 春节, 清明节, 国庆节（补休）… */
  name: string;
}

/** The source text stored with a provisional year. */
export const PROVISIONAL_SOURCE =
  '按《全国年节及纪念日放假办法》（2024 年修订）法定节假日推算的暂定日历，无调休；国务院办公厅通知发布后请导入正式安排。 Provisional: statutory holidays only, no make-up workdays; import the State Council notice when it is published.';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function lunarToSolar(day: LunarDay): string {
  const s = day.getSolarDay();
  return ymd(s.getYear(), s.getMonth(), s.getDay());
}

/**
 * The statutory holidays of `year` (Gregorian), in date order, one entry per holiday-day: 13
 * entries, two of them on one date when holidays coincide.
 */
export function statutoryHolidays(year: number): StatutoryDay[] {
  const newYear = LunarDay.fromYmd(year, 1, 1);
  const qingming = SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay();
  const days: StatutoryDay[] = [
    { date: ymd(year, 1, 1), name: '元旦' },
    { date: lunarToSolar(newYear.next(-1)), name: '春节（除夕）' },
    { date: lunarToSolar(newYear), name: '春节' },
    { date: lunarToSolar(newYear.next(1)), name: '春节' },
    { date: lunarToSolar(newYear.next(2)), name: '春节' },
    { date: ymd(qingming.getYear(), qingming.getMonth(), qingming.getDay()), name: '清明节' },
    { date: ymd(year, 5, 1), name: '劳动节' },
    { date: ymd(year, 5, 2), name: '劳动节' },
    { date: lunarToSolar(LunarDay.fromYmd(year, 5, 5)), name: '端午节' },
    { date: lunarToSolar(LunarDay.fromYmd(year, 8, 15)), name: '中秋节' },
    { date: ymd(year, 10, 1), name: '国庆节' },
    { date: ymd(year, 10, 2), name: '国庆节' },
    { date: ymd(year, 10, 3), name: '国庆节' },
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (day: number) => {
  const w = (((day + 4) % 7) + 7) % 7;
  return w === 0 || w === 6;
};

/** A provisional year: its days off (statutory days and their 补休) with names; no make-up workdays. */
export interface ProvisionalYear {
  year: number;
  holidays: StatutoryDay[];
  workdays: StatutoryDay[];
}

/** Computes the provisional calendar of `year` (see the file comment for the rules). */
export function provisionalYear(year: number): ProvisionalYear {
  const statutory = statutoryHolidays(year);
  const off = new Map<number, string>();
  const owed: { after: number; name: string }[] = [];
  for (const s of statutory) {
    const day = dayOf(s.date);
    if (off.has(day) || isWeekend(day)) owed.push({ after: day, name: s.name.replace(/（.*）$/, '') });
    if (!off.has(day)) off.set(day, s.name);
  }
  for (const o of owed) {
    let day = o.after + 1;
    while (isWeekend(day) || off.has(day)) day++;
    off.set(day, `${o.name}（补休）`);
  }
  const holidays = [...off].sort(([a], [b]) => a - b).map(([day, name]) => ({ date: dateOf(day), name }));
  return { year, holidays, workdays: [] };
}

/**
 * Names the days off of a year that a notice lists without names: each run of consecutive days
 * off is named after the statutory holidays inside it (“国庆节、中秋节”); a run without one keeps
 * '' . Make-up workdays are named 调休上班. Names already given are kept.
 */
export function nameDays(
  year: number,
  holidays: readonly StatutoryDay[],
  workdays: readonly StatutoryDay[],
): { holidays: StatutoryDay[]; workdays: StatutoryDay[] } {
  const statutory = new Map<number, string[]>();
  for (const s of statutoryHolidays(year)) {
    const name = s.name.replace(/（.*）$/, '');
    const day = dayOf(s.date);
    statutory.set(day, [...new Set([...(statutory.get(day) ?? []), name])]);
  }
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1));
  const named: StatutoryDay[] = [];
  let run: StatutoryDay[] = [];
  const flush = () => {
    const names = [...new Set(run.flatMap((d) => statutory.get(dayOf(d.date)) ?? []))].join('、');
    for (const d of run) named.push({ date: d.date, name: d.name || names });
    run = [];
  };
  for (const d of sorted) {
    const last = run[run.length - 1];
    if (last && dayOf(d.date) !== dayOf(last.date) + 1) flush();
    run.push(d);
  }
  flush();
  return { holidays: named, workdays: workdays.map((d) => ({ date: d.date, name: d.name || '调休上班' })) };
}
