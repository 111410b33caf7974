// Stage 3, script (issue 2): detect Traditional vs Simplified, convert ONCE to Simplified and keep the
// original beside it, line by line. Converting twice is wrong: OpenCC tw→cn turns 显著 into 显着
// (../shared/gold notes, 001), so every later stage reads doc.lines and never converts again.
import { detectScript, judgeScript, SCRIPT_SAMPLE_CHARS, toSimplified as convert } from '../text/script.ts';
import type { IngestDoc } from './doc.ts';

// `二、 主要任务` → `二、主要任务`: white space inside a line of Chinese is page layout, not text;
// one space between Latin/digits stays (`700MHz 5G`).
// Tabs are kept: strip-artifacts joins table cells with '\t' and the annex stage splits on it.
const EDGE_SPACE = /^[ \r\u3000\u00a0]+|[ \r\u3000\u00a0]+$/g;
const CJK_SPACE = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef、。，：；“”（）()])[ \u3000\u00a0]+|[ \u3000\u00a0]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef、。，：；“”（）()])/g;

export function toSimplified(doc: IngestDoc): IngestDoc {
  const { script, simplified } = convertOnce(doc.text);
  const rawSimple = simplified.split('\n');
  // a Simplified plan is its own original: split and tidy it once
  const same = simplified === doc.text;
  const rawOriginal = same ? rawSimple : doc.text.split('\n');
  const lines: string[] = [];
  const originalLines: string[] = [];
  // OpenCC maps character for character and keeps newlines, so the two splits line up; guard anyway.
  const aligned = rawSimple.length === rawOriginal.length;
  for (let i = 0; i < rawSimple.length; i++) {
    const line = tidy(rawSimple[i]);
    if (!line.trim()) continue;
    lines.push(line);
    originalLines.push(aligned && !same ? tidy(rawOriginal[i]) : line);
  }
  return { ...doc, script, lines, originalLines };
}

// detectScript converts a sample; a plan that fits in the sample is converted once here and judged
// by the same rule (judgeScript, src/text/script.ts), so OpenCC runs once per document.
function convertOnce(text: string): { script: IngestDoc['script']; simplified: string } {
  if (text.length > SCRIPT_SAMPLE_CHARS) {
    const script = detectScript(text);
    return { script, simplified: script === 'traditional' ? convert(text) : text };
  }
  const simplified = convert(text);
  return judgeScript(text, simplified) === 'traditional' ? { script: 'traditional', simplified } : { script: 'simplified', simplified: text };
}

const ANY_SPACE = /[ \r\u3000\u00a0]/;

function tidy(line: string): string {
  // most lines hold no space at all: skip the look-behind scan (it was a tenth of this stage)
  return ANY_SPACE.test(line) ? line.replace(EDGE_SPACE, '').replace(CJK_SPACE, '') : line;
}
