// Stage 8: what the reply says holds the work up (reply-json.md `blocker`): 受征地影响 → 征地,
// 因资金未到位暂停施工 → 资金未到位, 卡在规划审批 → 规划审批, 由于疫情原因 → 疫情,
// 主要原因是物业不同意进场 → 物业不同意进场. Never 因此 / 因地制宜.
import type { ReplyDoc } from './types.ts';

const STOP = '(?=[，,。；;！!？?\\s]|$|暂停|暂缓|停工|停滞|导致|致使|造成|使得|无法|不能|未能|推迟|延期|延误|滞后|进度|工期|整体|项目|目前|现|仍|一直|迟迟|部分|有所)';
// Each pattern after a word it cannot match without: most replies name no cause, and the patterns
// that open with [\u4e00-\u9fff]{2,6}? would try every character of the text.
const CAUSES: Array<[RegExp, RegExp]> = [
  // 受征地影响 / 受疫情影响 / 受资金制约
  [/受/u, /受(?:到)?([^，,。；;受]{1,12}?)(?:的)?(?:影响|制约|限制|困扰|拖累)/u],
  // 卡在规划审批 / 卡在财政审批上
  [/卡在/u, new RegExp(`卡在([^，,。；;]{1,12}?)(?:上|环节|阶段)?${STOP}`, 'u')],
  // 受阻于用地手续
  [/受阻于/u, new RegExp(`受阻于([^，,。；;]{1,12}?)${STOP}`, 'u')],
  // 原因是… / 主要原因为…
  [/原因/u, /原因(?:是|为|在于)([^，,。；;]{1,16})/u],
  // 因资金未到位暂停施工 / 因为物业不同意进场 / 由于疫情原因
  [/因|由于/u, new RegExp(`(?:因为|由于|因)(?!此|而|地制宜|素|果)(?:受)?([^，,。；;]{1,14}?)(?:等)?(?:原因|问题|因素|影响)?${STOP}`, 'u')],
  // 主要是设备到货晚 / 主要是前期手续办理较慢: a cause named with 主要是, when it says what is wrong.
  [/主要/u, /主要(?:是|因为|由于|原因是)([^，,。；;]{2,16}?(?:慢|晚|迟|未|没|不|难|缺|紧张|不足|影响|问题|困难)[^，,。；;]{0,6})/u],
  // 资金未到位，暂停施工 / 资金还没到位 / 用地指标迟迟未批复
  [/[没有未不](?:到位|落实|批复|获批|审批|通过审批|解决|批下来)|批不下来/u, /([\u4e00-\u9fff]{2,6}?)(?:迟迟|一直)?(?:还没有?|没有|尚未|仍未|未|不)(?:到位|落实|批复|获批|审批|通过审批|解决|批下来)|([\u4e00-\u9fff]{2,6}?)批不下来/u],
  // 仍在等待资金下达 / 在等上级批复 / 等着设备到货: what the work waits for is what holds it up (not a
  // bare 等: 市发改委等部门已审批 is a list, not a wait).
  [/等待|等候|等着|在等/u, /(?:仍在|正在|还在|在)?(?:等待|等候|等着|等)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:下达|到位|拨付|批复|审批|审核|落实|确认|答复|到货|进场|交付)/u],
  // 居民反对，停工中 / 村民不同意征收 / 商户阻工: who objects holds it up, said without 因 (not after
  // 没有 / 无 / 未: 没有居民反对 names no cause).
  [/反对|不同意|不配合|阻挠|阻工|不支持/u, /([\u4e00-\u9fff]{2,6}?)(?:强烈|仍|还|一直|坚决)?(?:反对|不同意|不配合|阻挠|阻工|不支持)/u],
  // 征地拆迁难度大 / 协调困难: what is hard is what holds it up.
  [/难度(?:较|很|比较|非常|太)?大|困难/u, /([\u4e00-\u9fff]{2,8}?)(?:难度(?:较|很|比较|非常|太)?大|(?:较为|十分|比较)?困难)/u],
];

export function readBlocker(text: string): string | null {
  for (const [needs, re] of CAUSES) {
    if (!needs.test(text)) continue;
    const m = re.exec(text);
    const cause = (m?.[1] ?? m?.[2])?.replace(/^(?:于|为|了|的|受)/u, '').replace(/(?:的|等)$/u, '').trim();
    // 没有居民反对: a denied objection names no cause.
    if (cause && /^(?:没有|没|无|未|并无|不)/u.test(cause)) continue;
    if (cause && cause.length >= 2) return cause;
  }
  return null;
}

export function blocker(doc: ReplyDoc): ReplyDoc {
  return { ...doc, blocker: readBlocker(doc.text) };
}
