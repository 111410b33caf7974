// The role a question asks about, wherever its word stands: 牵头/主导/指导 → lead;
// 配合/协同/参与/协办 → supports; 负责/责任/归口/归…管 → in charge (responsible).
// A role word next to a question word or a unit noun (谁牵头, 配合单位, 由谁负责) is the asked
// role; one inside the topic (加强区域协同发展, 引导各方参与) only when no other is written.
export type Role = 'lead' | 'supports' | 'responsible';

const WORDS: Array<[RegExp, Role]> = [
  [/牵头|主导|主抓|主办|领衔|带头|指导/g, 'lead'],
  [/配合|协助|协同|参与|协办|支持单位|辅助/g, 'supports'],
  [/负责|责任|主责|承担|落实单位|主管|归口|归(?:哪|谁)[\u4e00-\u9fff]{0,5}管|(?<=[单部])[位门]?管/g, 'responsible'],
];
// 谁牵头 / 由哪个部门配合 / 牵头单位 / 负责的部门 / 牵头的是
const BEFORE = /(?:谁|由|哪[个些家几]?[\u4e00-\u9fff]{0,3}|是|来|在|手头|作为|都)$/;
const AFTER = /^(?:单位|部门|方|机构|的单位|的部门|的是|的有|的机构|哪|什么|了|的任务|的工作|的事|的活|是谁|哪些|的项目|的那些)/;

export interface RoleWord {
  role: Role;
  index: number;
  word: string;
  strong: boolean;
}

export function roleWords(q: string): RoleWord[] {
  const found: RoleWord[] = [];
  for (const [re, role] of WORDS) {
    for (const m of q.matchAll(re)) {
      const before = q.slice(Math.max(0, m.index - 6), m.index);
      const after = q.slice(m.index + m[0].length);
      // 负责牵头 / 牵头负责: the lead word says which role.
      if (role === 'responsible' && (/^(?:牵头|配合)/.test(after) || /(?:牵头|配合)$/.test(before))) continue;
      // 牵头引导各方参与的是哪些单位: a role word that opens the question is the one asked.
      const strong = m.index === 0 || BEFORE.test(before) || AFTER.test(after) || after.length === 0 || /^[？?。，,！!呢吗]/.test(after);
      found.push({ role, index: m.index, word: m[0], strong });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The asked role: the first strong role word, else the first written (智慧商贸的牵头单位和配合单位 → lead). */
export function askedRole(q: string): Role | null {
  const words = roleWords(q);
  return (words.find((w) => w.strong) ?? words[0])?.role ?? null;
}
