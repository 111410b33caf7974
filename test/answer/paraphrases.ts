// The paraphrase set (issue 10): every template of paraphrase-templates.ts × every fact of the
// gold plans (tasks × roles, each unit's tasks, targets, deadlines and dated targets, plan
// issuers) plus off-topic negatives and English questions. Expected values come from the gold
// files only. Each question carries its template family and whether that family is held back
// (odd index, decided before any result was seen).
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import {
  DEADLINE, DUE, ENGLISH, LEAD, NEGATIVE, PLAN_ISSUER, RESPONSIBLE, SUPPORTS, TARGET, UNIT_TASKS, type Template,
} from './paraphrase-templates.ts';

export interface Paraphrase {
  id: string;
  q: string;
  family: string;
  held: boolean;
  intent?: string;
  units?: string[];
  tasks?: string[];
  mentions?: string[];
  noUnits?: boolean;
  found?: boolean;
  /** English: the reply must say it reads Chinese. */
  english?: boolean;
}

interface GoldTask {
  id: string; title: string; kind?: string; leads?: string[]; supports?: string[]; responsible?: string[];
  clauses?: GoldClause[]; deadlines?: Array<{ date: string; text: string }>;
}
interface GoldClause { text: string; leads?: string[]; supports?: string[]; responsible?: string[] }
interface GoldTarget { year: number | null; text: string; taskId: string | null; metrics: Array<{ name: string; value: number | null }> }
interface GoldPlan { plan: { title: string; issuers: string[]; kind: string }; tasks: GoldTask[]; targets?: GoldTarget[]; undatedTargets?: GoldTarget[] }

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

// How people name each plan in chat (the generator's own list, not the engine's).
const PLAN_NAMES: Record<string, string[]> = {
  广州市加快5G应用创新发展三年行动计划: ['广州5G计划', '广州5G应用计划', '广州市5G应用三年行动计划'],
  '5G应用“扬帆”行动计划': ['扬帆计划', '扬帆行动计划', '5G应用扬帆行动计划'],
  开封市加快5G产业发展三年行动计划: ['开封5G计划', '开封市5G产业发展计划', '开封5G产业三年行动计划'],
  广州市推进新型基础设施建设实施方案: ['广州新基建方案', '新基建实施方案', '广州市新型基础设施建设方案'],
};

// Chat abbreviations of bureaus (common usage, written here independently of the engine).
const ABBREVIATIONS: Record<string, string> = {
  市工业和信息化局: '市工信局', 市卫生健康委: '市卫健委', 市发展改革委: '市发改委', 市发展改革委员会: '市发改委',
  市住房城乡建设局: '市住建局', 市政务服务数据管理局: '市政数局', 市文化广电旅游局: '市文旅局', 市人力资源社会保障局: '市人社局',
  市交通运输局: '市交通局', 市地方金融监管局: '市金融局', 市应急管理局: '市应急局', 市教育体育局: '市教体局',
  市文化广电和旅游局: '市文广旅局', 市政务服务和大数据管理局: '市大数据局', 市科技局: '市科技局', 市农业农村局: '市农业局',
  市生态环境局: '市环保局', 市自然资源规划局: '市自然资源局', 市城市管理局: '市城管局',
};

const OFF_TOPIC = [
  '核电站建设', '量子计算机整机研制', '跨海大桥建设', '智慧养老服务', '航空发动机研发', '垃圾分类处理', '职业足球联赛',
  '老旧小区加装电梯', '森林防火巡查', '中药材种植', '海水淡化工程', '冬季供暖改造', '邮轮母港建设', '光刻机攻关',
];

const LEADING_VERB = /^(?:推动|推进|加快|打造|加强|强化|开展|提升|完善|落实|探索|营造|优化|抢占|建设|突破|做大|统筹|确保|研制|落地)/;

function shortTitle(title: string): string {
  const s = title.replace(/[“”"]/g, '').replace(LEADING_VERB, '').replace(/领域的5G应用推广$/, '');
  return s.length >= 2 ? s : title;
}

/** One character dropped from the middle (not a digit or Latin letter): 推动5G赋能交通 → 推动5G赋交通. */
function typo(title: string): string | null {
  const s = title.replace(/[“”"]/g, '');
  if (s.length < 6) return null;
  for (let i = Math.floor(s.length / 2); i < s.length - 1; i++) if (/[\u4e00-\u9fff]/.test(s[i]!)) return s.slice(0, i) + s.slice(i + 1);
  return null;
}

/** Words of a task's content that are not its title: a metric of its targets, or a clause's object (with that clause). */
function contentOf(task: GoldTask, targets: GoldTarget[]): { text: string; clause: GoldClause | null } | null {
  const metric = targets.find((g) => g.taskId === task.id && g.metrics.some((m) => /^[\u4e00-\u9fff]{3,8}$/.test(m.name)))?.metrics.find((m) => /^[\u4e00-\u9fff]{3,8}$/.test(m.name));
  if (metric) return { text: metric.name, clause: null };
  const clause = task.clauses?.[0];
  if (!clause) return null;
  const m = /(?:加快|推进|建设|打造|创建|利用)([\u4e00-\u9fff0-9A-Za-z“”]{4,10}?)(?:建设|应用|示范|,|，|。)/.exec(clause.text);
  return m ? { text: m[1]!.replace(/[“”]/g, ''), clause } : null;
}

function fill(tpl: Template, slots: Record<string, string | null | undefined>): string | null {
  let out = tpl.text;
  for (const [k, v] of Object.entries(slots)) {
    if (!out.includes(`{${k}}`)) continue;
    if (!v) return null;
    out = out.split(`{${k}}`).join(v);
  }
  if (/\{[A-Z]\}/.test(out)) return null;
  return tpl.trad ? toTraditional(out) : out;
}

function loadPlans(dir: URL): GoldPlan[] {
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => JSON.parse(readFileSync(new URL(n, dir), 'utf8')) as GoldPlan);
}

export function generateParaphrases(dir = new URL('../fixtures/gold/', import.meta.url)): Paraphrase[] {
  const plans = loadPlans(dir).filter((p) => p.plan.kind === 'plan');
  const out: Paraphrase[] = [];
  const add = (group: string, list: Template[], fact: number, slots: Record<string, string | null | undefined>, expect: Omit<Paraphrase, 'id' | 'q' | 'family' | 'held'>) => {
    list.forEach((tpl, i) => {
      const q = fill(tpl, slots);
      if (q) out.push({ id: `${group}${i}-${fact}`, q, family: `${group}${i}`, held: i % 2 === 1, ...expect });
    });
  };
  let fact = 0;
  for (const p of plans) {
    const names = PLAN_NAMES[p.plan.title] ?? [p.plan.title];
    const targets = [...(p.targets ?? []), ...(p.undatedTargets ?? [])];
    for (const task of p.tasks.filter((x) => x.kind !== 'column')) {
      fact++;
      const content = contentOf(task, targets);
      const slots = { T: task.title, S: shortTitle(task.title), X: typo(task.title), C: content?.text, P: names[fact % names.length] };
      // Described by a clause, the task is answered for that clause: its own units when it names any.
      const own = (role: 'leads' | 'supports' | 'responsible') => (content?.clause && (content.clause.leads?.length || content.clause.supports?.length || content.clause.responsible?.length) ? content.clause[role] ?? [] : null);
      const withC = (role: 'leads' | 'supports' | 'responsible', units: string[] | undefined) => {
        const c = own(role);
        return c == null ? { slots, units } : c.length ? { slots, units: c, only: true } : { slots: { ...slots, C: null }, units };
      };
      const anyUnit = (task.leads?.length ?? 0) + (task.responsible?.length ?? 0) + (task.supports?.length ?? 0) > 0;
      const addRole = (group: string, list: Template[], role: 'leads' | 'supports' | 'responsible', intent: string, units: string[]) => {
        const plain = { ...slots, C: null };
        add(group, list, fact, plain, { intent, units });
        const c = withC(role, units);
        if (c.slots.C) add(group, list.filter((tpl) => tpl.text.includes('{C}')).length ? list : [], fact, { T: null, S: null, X: null, P: null, C: c.slots.C }, { intent, units: c.units });
      };
      if (task.leads?.length) addRole('lead', LEAD, 'leads', 'lead', task.leads);
      else if (task.responsible?.length) addRole('lead', LEAD, 'responsible', 'lead', task.responsible);
      // A task of a plan that names no unit: found, that task listed (another plan may share the title).
      else if (!anyUnit && task.kind === 'task') add('lead', LEAD, fact, slots, { intent: 'lead', tasks: [task.title] });
      if (task.supports?.length) addRole('supports', SUPPORTS, 'supports', 'supports', task.supports);
      if (task.responsible?.length) addRole('responsible', RESPONSIBLE, 'responsible', 'responsible', task.responsible);
      for (const d of task.deadlines ?? []) {
        const c = d.text.replace(/^(?:力争)?\d{4}年\d{0,2}月?(?:底|年底)?前?/, '').replace(/^(?:完成|实现|设计完成)/, '').slice(0, 14);
        add('deadline', DEADLINE, fact, { C: c, P: slots.P }, { intent: 'deadline', mentions: [`${d.date}|${d.date.slice(0, 4)}年${Number(d.date.slice(5, 7))}月`] });
      }
    }
    for (const g of targets) {
      if (g.year == null) continue;
      for (const m of g.metrics) {
        if (m.value == null || !g.text.includes(m.name)) continue;
        fact++;
        // Every target of this plan and year that names the metric answers it.
        const windows = targets.filter((x) => x.year === g.year && x.text.includes(m.name)).map((x) => x.text.slice(x.text.indexOf(m.name), x.text.indexOf(m.name) + m.name.length + 6));
        add('target', TARGET, fact, { P: names[fact % names.length], Y: String(g.year), M: m.name }, { intent: 'target', mentions: [windows.join('|')] });
        if (g.taskId != null && /^[\u4e00-\u9fff]{3,10}$/.test(m.name)) {
          add('deadline', DEADLINE, fact, { C: m.name, P: names[fact % names.length] }, { intent: 'deadline', mentions: [`${g.year}`] });
        }
      }
    }
    fact++;
    add('issuer', PLAN_ISSUER, fact, { P: names[fact % names.length] }, { intent: 'plan', mentions: [p.plan.issuers[0]!] });
  }
  addUnitTasks(plans, add);
  addDue(plans, add);
  OFF_TOPIC.forEach((e, i) => add('negative', NEGATIVE, 1000 + i, { E: e }, { found: false, noUnits: true }));
  ENGLISH.forEach((q, i) => out.push({ id: `english-${i}`, q, family: `english${i % 2}`, held: i % 2 === 1, english: true, noUnits: true }));
  return out;
}

type Add = (group: string, list: Template[], fact: number, slots: Record<string, string | null | undefined>, expect: Omit<Paraphrase, 'id' | 'q' | 'family' | 'held'>) => void;

function addUnitTasks(plans: GoldPlan[], add: Add): void {
  const byUnit = new Map<string, { lead: string[]; support: string[]; responsible: string[] }>();
  for (const p of plans) {
    for (const task of p.tasks) {
      for (const [role, list] of [['lead', task.leads], ['support', task.supports], ['responsible', task.responsible]] as const) {
        for (const u of list ?? []) {
          if (/^(?:各|市直|市有关|市基础)/.test(u)) continue;
          const e = byUnit.get(u) ?? { lead: [], support: [], responsible: [] };
          if (!e[role].includes(task.title)) e[role].push(task.title);
          byUnit.set(u, e);
        }
      }
    }
  }
  let fact = 2000;
  const words = { lead: ['牵头', '主导'], support: ['配合', '协同'], responsible: ['负责', '负责'] };
  for (const [unit, roles] of byUnit) {
    for (const role of ['lead', 'support', 'responsible'] as const) {
      if (!roles[role].length) continue;
      fact++;
      const slots = { U: unit, A: ABBREVIATIONS[unit] ?? null, B: unit.replace(/^市(?!场)/, ''), R: words[role][fact % 2] };
      add('unit', UNIT_TASKS, fact, slots, { intent: 'unit_tasks', units: [unit], tasks: roles[role].slice(0, 2) });
    }
  }
}

function addDue(plans: GoldPlan[], add: Add): void {
  const byYear = new Map<number, string[]>();
  for (const p of plans) {
    for (const task of p.tasks) {
      for (const d of task.deadlines ?? []) byYear.set(Number(d.date.slice(0, 4)), [...(byYear.get(Number(d.date.slice(0, 4))) ?? []), task.title]);
    }
    for (const g of [...(p.targets ?? [])]) {
      const task = g.taskId != null ? p.tasks.find((x) => x.id === g.taskId) : null;
      if (task && g.year != null && task.kind === 'task') byYear.set(g.year, [...(byYear.get(g.year) ?? []), task.title]);
    }
  }
  for (const [year, titles] of byYear) add('due', DUE, 3000 + year, { Y: String(year) }, { intent: 'deadline', tasks: [titles[0]!] });
}
