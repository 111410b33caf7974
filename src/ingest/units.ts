// Unit lists → one entry per unit (../shared/spec/plan-json.md#unit-names). Used by the assignments
// and annex stages, and by the store for the unit directory.
//   `市工业和信息化局、交通运输局`          → 市工业和信息化局, 市交通运输局 (shared prefix 市, within a 、-run)
//   `越秀、白云、黄埔区政府`                → 越秀区政府, 白云区政府, 黄埔区政府 (shared suffix)
//   `白云区、增城区等相关区政府`            → 白云区政府, 增城区政府 (a tail naming the kind of unit)
//   `市人力资源和社会保障局等各相关单位`    → 市人力资源和社会保障局 (a generic tail is dropped)
//   `各市、县人民政府`, `各乡镇(街道)`      → one group unit each

// Separators between runs of different kinds: `市发展改革委、科技局,越秀区政府` → two runs.
const RUN_SEP = /[，,；;]/;
// What an agency name ends with; a 市-run spreads its 市 only onto these (not onto 供电公司, 农科院).
const AGENCY_END = /(?:局|委|办|厅|署|委员会|办公室|中心|总社|政府|管委会)$/;
// Party bodies under 市委: `市委宣传部、网信办` → 市委网信办
const PARTY_END = /(?:部|办|委)$/;
// Any unit-like ending: a run item without one is a bare place name waiting for a shared suffix.
// 科: a bureau's own sections (`组干科`, `责任科室：…`)
const UNIT_END = /(?:局|委|办|厅|署|部|院|会|室|中心|社|政府|公司|集团|企业|单位|机构|所|站|队|行|台|校|馆|处|科|组|团|网|报|联|园)$/;
// The shared suffix of a list of places: 区政府, 县人民政府, 镇党委, 区管委会
const PLACE_SUFFIX = /(区|县|市|镇|乡|街道)?(人民政府|政府|党委|管委会)$/;
// `等相关区政府`, `等各相关单位`, `等`: the tail after the last listed unit.
// 等 must be followed by 相关/有关/其他 or a generic word, so 高等院校 and 中等职业学校 stay whole.
const TAIL = /等(?:(?:各)?(?:相关|有关|其他)([^、，,]*)|(单位|部门|企业|机构|区政府|县政府|单位和部门))?$/;
// `市级各有关部门及各县市区政府`: after 部门/单位 too
const AND_UNITS = /(?<=[局委办厅署府室心部会司]|部门|单位)(?:以及|和|及|与)(?=[市县区省各])|(?<=政府|管委会)(?:以及|和|及|与)(?=[\u4e00-\u9fff])/g;
// `能源局等省有关部门` once 和 has split it off the next unit: the 等-tail sums up the list, no unit of its own
const INNER_TAIL = /^(.+?[局委办厅署府室心部会司])等[省市县区]?各?(?:相关|有关|其他)[^、]*$/;
const EDGE = /^[\s:：、，,；;。【】\[\]]+|[\s:：、，,；;。【】\[\]]+$/g;
const OPEN = '(（[【〔';
const CLOSE = ')）]】〕';

export function splitUnits(list: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // `各县〈市、区〉政府`: angle brackets in a name are round ones
  for (const run of splitOutside(list.replace(EDGE, '').replace(/〈/g, '(').replace(/〉/g, ')'), RUN_SEP)) {
    for (const unit of expandRun(run.replace(EDGE, ''))) {
      const u = unit.replace(EDGE, '');
      if (u.length < 2 || seen.has(u)) continue;
      seen.add(u);
      out.push(u);
    }
  }
  return out;
}

// `(工业和信息化部` from a bracket typo in the list: a bracket with no partner in the name is dropped.
function unbalanced(u: string): string {
  // counted by UTF-16 unit (the brackets are single units): no array of characters per unit name
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < u.length; i++) {
    if (OPEN.includes(u[i])) opens++;
    else if (CLOSE.includes(u[i])) closes++;
  }
  if (opens > closes && OPEN.includes(u[0])) return u.slice(1);
  if (closes > opens && CLOSE.includes(u[u.length - 1])) return u.slice(0, -1);
  return u;
}

function expandRun(run: string): string[] {
  if (!run) return [];
  let body = run;
  let tailKind = '';
  const tail = TAIL.exec(body);
  // `等` only ends a list when something stands before it (`等相关单位` alone is kept as a group)
  if (tail && tail.index > 0) {
    tailKind = tail[1] ?? tail[2] ?? '';
    body = body.slice(0, tail.index);
  }
  // `市发展改革委和市财政局`: 和/及/与 between two whole units (the second starts with its level);
  // not inside a name (工业和信息化局, 住房和城乡建设局).
  body = body.replace(AND_UNITS, '、');
  let items = mergeGroups(splitOutside(body, /、/)).map((s) => unbalanced(s.trim()).replace(INNER_TAIL, '$1')).filter(Boolean);
  if (items.length === 0) return [run];
  // `白云区、增城区等相关区政府`: the tail names the kind of unit, spelled out on each place
  const tailPlace = PLACE_SUFFIX.exec(tailKind);
  if (tailPlace && tailKind === tailPlace[0]) items = items.map((it) => withSuffix(it, tailPlace));
  items = spreadSuffix(items);
  return spreadPrefix(items);
}

// `各市、县人民政府` is one group: a 、 right after a short `各X` joins it to the next item.
function mergeGroups(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i].trim();
    // `各市、县人民政府`, `省、市有关部门`: a lone level word joins the next item
    // (not `各地、各部门`: an item that opens with 各 of its own is a group of its own)
    if ((/^各.$/.test(it) || /^[省市县区乡镇]$/.test(it)) && i + 1 < items.length && !items[i + 1].trim().startsWith('各')) {
      out.push(`${it}、${items[++i].trim()}`);
    } else out.push(it);
  }
  return out;
}

// `越秀、白云、黄埔区政府`: the last item's place suffix goes onto the bare names before it.
function spreadSuffix(items: string[]): string[] {
  if (items.length < 2) return items;
  const last = items[items.length - 1];
  const m = PLACE_SUFFIX.exec(last);
  if (!m) {
    // `越秀、海珠、白云区` → 越秀区, 海珠区, 白云区
    const place = /^[\u4e00-\u9fff]{2,3}(区|县)$/.exec(last);
    if (!place) return items;
    return items.map((it, i) => (i < items.length - 1 && /^[\u4e00-\u9fff]{2,3}$/.test(it) && isBarePlace(it) ? it + place[1] : it));
  }
  return items.map((it, i) => (i < items.length - 1 && isBarePlace(it) ? withSuffix(it, m) : it));
}

function isBarePlace(it: string): boolean {
  return it.length <= 6 && !it.startsWith('各') && !UNIT_END.test(it) && !PLACE_SUFFIX.test(it);
}

function withSuffix(it: string, m: RegExpExecArray): string {
  if (!isBarePlace(it) && !/(区|县|市|镇|乡|街道)$/.test(it)) return it;
  if (PLACE_SUFFIX.test(it)) return it;
  const place = m[1] ?? '';
  return place && it.endsWith(place) ? it + m[2] : it + place + m[2];
}

// `市工业和信息化局、交通运输局` → 市交通运输局; `县委宣传部、网信办` → 县委网信办. The level prefix
// (市 县 区 省 州 旗) of the run's first unit goes onto the agencies after it, only within the run:
// a comma ends it (../shared/gold notes, 003). Enterprises keep their names (广州供电局, 铁塔公司).
const LEVEL = /^(市|县|区|省|州|旗)(委)?/;
const ENTERPRISE = /公司|集团|银行|大学|学院|医院|供电局|电网|研究院|研究所/;

function spreadPrefix(items: string[]): string[] {
  const first = items[0];
  const m = LEVEL.exec(first);
  if (items.length < 2 || !m || /^(?:市场|区块|省份)/.test(first)) return items;
  const level = m[1];
  const party = m[2] !== undefined;
  return items.map((it, i) => {
    if (i === 0 || LEVEL.test(it) || /^(?:各|国|中国|全)/.test(it) || ENTERPRISE.test(it)) return it;
    if (party && PARTY_END.test(it) && !/局$/.test(it)) return `${level}委${it}`;
    return AGENCY_END.test(it) ? `${level}${it}` : it;
  });
}

/** Splits on sep outside brackets: `各乡镇(街道)、各区` → 各乡镇(街道), 各区 */
const ANY_BRACKET = /[(（[【〔)）\]】〕]/;

export function splitOutside(text: string, sep: RegExp): string[] {
  // most lists hold no bracket: a plain split (sep matches one character) gives the same pieces
  if (!ANY_BRACKET.test(text)) return text.split(sep).filter((s) => s.trim().length > 0);
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && sep.test(c)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.filter((s) => s.trim().length > 0);
}
