// Whose unit is it (issue 12 "unit identity across plans"): a unit belongs to its plan's jurisdiction,
// the city or province that issues the plan. 市工业和信息化局 in a 广州 plan and in a 开封 plan are two
// units; 工业和信息化部 is the same ministry in every plan. Pure text rules, no SQL.
import { toSimplified } from './script.ts';

// A place name at the start: 广州市… 开封市… 广东省… 内蒙古自治区… 兰考县…; not 市… 省… 各县… (no place
// name starts with them), and only with a body after it (广州市 alone is not an issuer we read).
const PLACE = /^(?:中共)?((?![市省各])[\u4e00-\u9fff]{2,4}?(?:市|省|自治区|县))(?=[\u4e00-\u9fff])/;
// 关于印发广州市…的通知: the title's own words before the place.
const TITLE_LEAD = /^(?:关于)?(?:印发)?/;
// National bodies: 国家发展改革委, 国务院国资委, 中央网信办, 工业和信息化部(电子第五研究所), 教育部; not a
// party department every city has (宣传部, 统战部, 组织部, 人民武装部) nor 各有关部门.
const NATIONAL = /^(?:国家|国务院|中央|中共中央|全国)|^(?![市省区县各])(?![\u4e00-\u9fff]*(?:宣传|统战|组织|武装|政法)部)[\u4e00-\u9fff]{1,8}部(?!门)/;

/** The place at the start of a name or title: 开封市人民政府 → 开封市; 市工业和信息化局 → ''. */
export function placeOf(text: string): string {
  return PLACE.exec(toSimplified(text).replace(/[\s\u3000《》]/g, '').replace(TITLE_LEAD, ''))?.[1] ?? '';
}

/**
 * The plan's jurisdiction: the first issuer that names a place (开封市人民政府, 中共广州市委办公厅),
 * else the title's place (广州市加快5G应用…), else '' (a national plan, or unknown).
 */
export function planJurisdiction(meta: { title: string; issuers?: readonly string[] | null }): string {
  for (const issuer of meta.issuers ?? []) {
    const place = placeOf(issuer);
    if (place) return place;
  }
  return placeOf(meta.title);
}

/**
 * A unit's jurisdiction in a plan of `planPlace`: the place its own name gives (广州市工业和信息化局 →
 * 广州市), '' for a national body (工业和信息化部), else the plan's (市工业和信息化局 in a 开封 plan → 开封市).
 */
export function unitJurisdiction(name: string, planPlace: string): string {
  const s = toSimplified(name).replace(/[\s\u3000]/g, '');
  const own = placeOf(s);
  if (own) return own;
  if (NATIONAL.test(s)) return '';
  return planPlace;
}

/** 市工业和信息化局 of 开封市 → 市工业和信息化局（开封市）: the name with its place, unless the name says it. */
export function unitLabel(name: string, jurisdiction: string): string {
  return jurisdiction && !name.startsWith(jurisdiction) ? `${name}（${jurisdiction}）` : name;
}

/** 市工业和信息化局 of 开封市 → 开封市工业和信息化局: a spelling that names one unit (it is among its aliases). */
export function qualifiedUnitName(name: string, jurisdiction: string): string {
  if (!jurisdiction || name.startsWith(jurisdiction) || /^(?:各|中国|国家|省)/.test(name)) return name;
  return `${jurisdiction}${name.startsWith('市') && !/^市(?:场|直)/.test(name) ? name.slice(1) : name}`;
}
