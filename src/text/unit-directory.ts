// The unit directory: one key per unit, shared by the spellings people use for it, built by
// general rules rather than a list of this city's bureaus (issue 3 "A unit directory"):
//   广州市工业和信息化局 / 市工业和信息化局 / 工业和信息化局 / 市工信局 / 工信局 → 工业信息化局
//   市发展改革委 / 市发展和改革委员会 / 发改委                          → 发展改革委
//   市卫生健康委员会 / 市卫健委                                          → 卫生健康委
// Traditional input is converted first (市衛健委 → 市卫健委). Pure: no SQL here.
import { toSimplified, toTraditional } from './script.ts';

// Common abbreviations of Chinese government bodies → the key of the full name (after the rules
// below). The left side is what people type in chat; the right side is reached from the full name.
const ABBREVIATIONS: Record<string, string> = {
  工信局: '工业信息化局', 工信委: '工业信息化委', 工信厅: '工业信息化厅', 工信部: '工业信息化部',
  经信局: '经济信息化局', 经信委: '经济信息化委', 经信厅: '经济信息化厅',
  发改委: '发展改革委', 发改局: '发展改革局', 发展改革委员会: '发展改革委',
  卫健委: '卫生健康委', 卫健局: '卫生健康局', 卫生健康委员会: '卫生健康委',
  住建局: '住房城乡建设局', 住建委: '住房城乡建设委', 住建厅: '住房城乡建设厅', 住建部: '住房城乡建设部',
  政数局: '政务服务数据局', 数据局: '政务服务数据局', 政数办: '政务服务数据办',
  人社局: '人力资源社会保障局', 人社厅: '人力资源社会保障厅', 人社部: '人力资源社会保障部',
  规自局: '规划自然资源局', 资规局: '自然资源规划局',
  文旅局: '文化广电旅游局', 文广旅局: '文化广电旅游局', 文广新局: '文化广电新闻出版局',
  交通局: '交通运输局', 交委: '交通运输委', 市监局: '市场监管局', 工商局: '市场监管局',
  科技局: '科技局', 科委: '科技委', 教体局: '教育体育局', 农业局: '农业农村局', 农委: '农业农村委',
  环保局: '生态环境局', 生态局: '生态环境局', 应急局: '应急局', 城管局: '城市局', 城管委: '城市委',
  国资委: '国有资产监管委', 金融局: '地方金融监管局', 金融办: '地方金融监管局', 商务委: '商务委',
  通管局: '通信局', 通管办: '通信办', 网信办: '委网信办', 政法委: '委政法委', 宣传部: '委宣传部',
  公安局: '公安局', 财政局: '财政局', 水务局: '水务局', 民政局: '民政局', 港务局: '港务局',
};

// Leading city or county name: 广州市工业和信息化局 → 工业和信息化局. Two or three characters and 市/县/区
// followed by a body; 市场监管局 (市场…) is not a city, nor 市城市管理局 (市城 + 市…): no city name starts with 市.
const CITY_PREFIX = /^(?!市)[\u4e00-\u9fff]{2,3}(?:市|县)(?=[\u4e00-\u9fff]{3,})/;

/** The directory key of a unit name (any script, with or without city or 市). */
export function unitKey(name: string): string {
  let s = toSimplified(name).replace(/[\s\u3000"“”'‘’()（）《》〈〉【】\[\]、,，。;；:：·.]/g, '');
  const city = CITY_PREFIX.exec(s);
  // 广州市分公司 / 各市直… are not city prefixes of a bureau: keep a prefix only when a body follows.
  // 开封市人民政府 keeps its city: without it, it is every city's government.
  if (city && !/^(?:各|中国|国家)/.test(s) && !/^(?:人民)?政府$/.test(s.slice(city[0].length))) s = s.slice(city[0].length);
  // 市工业和信息化局 → 工业和信息化局; 市市场监管局 → 市场监管局; 市场监管局 and 市直各有关单位 stay.
  if (s.startsWith('市市')) s = s.slice(1);
  else if (s.startsWith('市') && !/^市(?:场|直)/.test(s)) s = s.slice(1);
  s = s
    .replace(/人民政府/g, '政府') // 白云区人民政府 = 白云区政府
    .replace(/委员会/g, '委') // 卫生健康委员会 = 卫生健康委
    .replace(/办公室$/, '办') // 通信管理办公室 = 通信管理办
    .replace(/监督管理/g, '监管') // 市场监督管理局 = 市场监管局
    .replace(/科学技术/g, '科技') // 科学技术局 = 科技局
    .replace(/管理(局|办|委)$/, '$1') // 应急管理局 = 应急局, 通信管理办 = 通信办
    .replace(/(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])/g, ''); // 工业和信息化局 = 工业信息化局
  // 市委网信办 → 委网信办 above; 网信办 typed alone reaches it through the table.
  return ABBREVIATIONS[s] ?? s;
}

/** Spellings of a unit people may type: the name, without city/市, with 市, the key, abbreviations, Traditional forms. */
export function unitAliases(name: string): string[] {
  const simplified = toSimplified(name).replace(/\s/g, '');
  const key = unitKey(simplified);
  const out = new Set<string>([simplified, key]);
  const bare = simplified.replace(CITY_PREFIX, '').replace(/^市(?!场|直)/, '');
  out.add(bare);
  if (!/^(?:各|中国|国家|省)/.test(bare) && !bare.startsWith('市')) out.add(`市${bare}`);
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
    if (full === key && abbr.length < key.length) {
      out.add(abbr);
      out.add(`市${abbr}`);
    }
  }
  // 白云区政府 / 白云区人民政府 → 白云区; 增城县政府 → 增城县
  const district = /^(?:市)?([\u4e00-\u9fff]{1,4}(?:区|县))(?:人民)?政府$/.exec(simplified);
  if (district) out.add(district[1]!);
  // 中国移动广州分公司 → 广州移动, 中国移动 (what the plans themselves also write)
  const carrier = /^中国(移动|联通|电信|铁塔|广电)([\u4e00-\u9fff]{2,3}?)市?分公司$/.exec(simplified);
  if (carrier) {
    out.add(`${carrier[2]}${carrier[1]}`);
    out.add(`中国${carrier[1]}`);
  }
  // Traditional spellings too (市衛健委, 市工業和信息化局): listed by `duban units`; questions are
  // converted to Simplified before lookup, so either script finds the unit.
  for (const a of [...out]) out.add(toTraditional(a));
  return [...out].filter((a) => a.length >= 2);
}

// A span that looks like a unit name: ends in a body word (局 委 办 部 厅 政府 公司 集团 中心 …).
const UNIT_SPAN = /[\u4e00-\u9fffA-Za-z0-9]{1,16}?(?:局|委|办|部|厅|署|政府|公司|集团|中心|院|所|企业|单位|办公室|管委会|区|县|移动|联通|电信|铁塔)/g;

/** Unit-looking spans of a Simplified question, longest first, for key lookup. */
export function unitSpans(text: string): string[] {
  const out = new Set<string>();
  const s = text.replace(/[\s\u3000]/g, '');
  // Lazy matches stop at the first body word: 广州空港经济区管委会 comes as 广州空港经济区 + 管委 (+会).
  // A match runs on over 会/员会/室 (管委会, 委员会, 办公室), and adjacent matches join (up to three).
  const found: Array<{ start: number; end: number }> = [];
  for (const m of s.matchAll(UNIT_SPAN)) {
    const tail = /^(?:员会|会|室)/.exec(s.slice(m.index + m[0].length))?.[0] ?? '';
    found.push({ start: m.index, end: m.index + m[0].length + tail.length });
  }
  for (let i = 0; i < found.length; i++) {
    for (let j = i; j < Math.min(found.length, i + 3); j++) {
      if (j > i && found[j]!.start !== found[j - 1]!.end) break;
      const span = s.slice(found[i]!.start, found[j]!.end);
      // Every suffix of the span: 请问市工信局 → 市工信局, 工信局.
      for (let k = 0; k < span.length - 1; k++) out.add(span.slice(k));
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}
