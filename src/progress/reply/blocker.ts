// Stage 8: what the reply says holds the work up (reply-json.md `blocker`): 受征地影响 → 征地,
// 因资金未到位暂停施工 → 资金未到位, 卡在规划审批 → 规划审批, 由于疫情原因 → 疫情,
// 主要原因是物业不同意进场 → 物业不同意进场. Never 因此 / 因地制宜.
import type { ReplyDoc } from './types.ts';

const STOP = '(?=[，,。；;！!？?\\s]|$|暂停|暂缓|停工|停滞|导致|致使|造成|使得|无法|不能|未能|推迟|延期|延误|滞后|进度|工期|整体|项目|目前|现|仍|一直|迟迟|部分|有所)';
const CAUSES: RegExp[] = [
  // 受征地影响 / 受疫情影响 / 受资金制约
  /受(?:到)?([^，,。；;受]{1,12}?)(?:的)?(?:影响|制约|限制|困扰|拖累)/u,
  // 卡在规划审批 / 卡在财政审批上
  new RegExp(`卡在([^，,。；;]{1,12}?)(?:上|环节|阶段)?${STOP}`, 'u'),
  // 受阻于用地手续
  new RegExp(`受阻于([^，,。；;]{1,12}?)${STOP}`, 'u'),
  // 原因是… / 主要原因为…
  /原因(?:是|为|在于)([^，,。；;]{1,16})/u,
  // 因资金未到位暂停施工 / 因为物业不同意进场 / 由于疫情原因
  new RegExp(`(?:因为|由于|因)(?!此|而|地制宜|素|果)(?:受)?([^，,。；;]{1,14}?)(?:等)?(?:原因|问题|因素|影响)?${STOP}`, 'u'),
  // 资金未到位，暂停施工 / 用地指标迟迟未批复
  /([\u4e00-\u9fff]{2,6}?)(?:迟迟)?(?:未到位|不到位|未落实|未批复|未获批|未审批|未通过审批|未解决|没批下来|批不下来)/u,
];

export function readBlocker(text: string): string | null {
  for (const re of CAUSES) {
    const m = re.exec(text);
    const cause = m?.[1]?.replace(/^(?:于|为|了|的|受)/u, '').replace(/(?:的|等)$/u, '').trim();
    if (cause && cause.length >= 2) return cause;
  }
  return null;
}

export function blocker(doc: ReplyDoc): ReplyDoc {
  return { ...doc, blocker: readBlocker(doc.text) };
}
