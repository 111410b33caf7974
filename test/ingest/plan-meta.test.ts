// extractPlanMeta (issue 2, item 9): the five seeds against ../shared/gold, and small documents of
// our own in styles the seeds lack. The seed chain here is decode → stripArtifacts → Simplified, the
// stages before it, so that this file tests plan-meta without depending on the rest of the pipeline.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/ingest/decode.ts';
import { stripArtifacts } from '../../src/ingest/strip-artifacts.ts';
import { extractPlanMeta } from '../../src/ingest/plan-meta.ts';
import { chineseDateToIso, frontMatterDateToIso } from '../../src/ingest/plan-date.ts';
import { detectScript, toSimplified } from '../../src/text/script.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// The committed copies under test/fixtures/gold, else ../shared/gold where the checkout has it.
const GOLD = [join(ROOT, 'test', 'fixtures', 'gold'), join(ROOT, '..', 'shared', 'gold')].find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.json'))) ?? '';
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const golds = GOLD ? readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort() : [];

async function metaOf(name: string, bytes: Uint8Array, squashCjkSpaces = false) {
  const decoded = await decode({ name, bytes });
  const { text, frontMatter } = stripArtifacts(decoded.text, decoded.format);
  const script = detectScript(text);
  let simplified = script === 'traditional' ? toSimplified(text) : text;
  // A later stage may drop white space between Chinese characters (工业和信息化部 中央… → one run).
  if (squashCjkSpaces) simplified = simplified.replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '');
  return extractPlanMeta(simplified, frontMatter, script);
}

const meta = (text: string, fm: Record<string, string> = {}) => extractPlanMeta(text, fm, 'simplified');

describe('the seeds against ../shared/gold', () => {
  // Never a silent skip (issue 14): without the gold files, say where they are expected.
  test('GIVEN seeds/ THEN one gold file per seed, in test/fixtures/gold or ../shared/gold', () => {
    expect(golds.length, `gold files expected in ${join(ROOT, 'test', 'fixtures', 'gold')} or ${join(ROOT, '..', 'shared', 'gold')}`).toBe(seeds.length);
  });
  seeds.forEach((seed, i) => {
    for (const squash of [false, true]) {
      test(`GIVEN seed ${seed}${squash ? ' with spaces between Chinese dropped' : ''} THEN title, period, issuers, issuedOn, docNumber, kind, about and script equal the gold`, async () => {
        const gold = JSON.parse(readFileSync(join(GOLD, golds[i]), 'utf8')).plan;
        const got = await metaOf(seed, readFileSync(join(ROOT, 'seeds', seed)), squash);
        for (const field of ['title', 'period', 'issuers', 'issuedOn', 'docNumber', 'kind', 'about', 'script'] as const) {
          expect(got[field], field).toEqual(gold[field]);
        }
      });
    }
  });
});

/** One plan text per case: the fields named in `expected` must come out equal to it. */
interface MetaCase {
  given: string;
  then: string;
  lines: string[];
  expected: Partial<ReturnType<typeof meta>>;
}

function testMetaCases(cases: MetaCase[]): void {
  test.each(cases)('GIVEN $given THEN $then', ({ lines, expected }) => {
    const m = meta(lines.join('\n'));
    for (const [field, value] of Object.entries(expected)) expect(m[field as keyof typeof m], field).toEqual(value);
  });
}

describe('plan documents in other styles', () => {
  test('GIVEN a 〔2022〕 number at the top, a title line with its period and a signature at the very end THEN all read', () => {
    const m = meta(
      [
        '宁政发〔2022〕12号',
        '南宁市促进数字经济发展实施方案(2022-2025年)',
        '为加快数字经济发展，制定本方案。',
        '一、工作目标',
        '到2025年，数字经济规模突破3000亿元。',
        '二、重点任务',
        '(一)建设数据中心。(牵头单位:市大数据局)',
        '南宁市人民政府',
        '2022年4月2日',
      ].join('\n'),
    );
    expect(m).toEqual({
      title: '南宁市促进数字经济发展实施方案',
      period: { start: 2022, end: 2025 },
      issuers: ['南宁市人民政府'],
      issuedOn: '2022-04-02',
      docNumber: '宁政发〔2022〕12号',
      kind: 'plan',
      about: null,
      script: 'simplified',
    });
  });

  testMetaCases([
    { given: 'only an 印发…的通知 wrapper (no title line, no signature)', then: 'title, period and issuer come from the wrapper', lines: ['漳州市发展和改革委员会关于印发漳州市新型储能产业发展行动计划(2023—2025年)的通知', '各县(区)发改局:', '现将行动计划印发给你们，请认真贯彻落实。', '一、发展目标', '二、主要任务'], expected: { title: '漳州市新型储能产业发展行动计划', period: { start: 2023, end: 2025 }, issuers: ['漳州市发展和改革委员会'], issuedOn: null, docNumber: null } },
    { given: 'a number quoted after another document 《…》(X〔2021〕5号)', then: 'docNumber stays null', lines: ['泉州市智慧交通三年行动计划', '(2021—2023年)', '为贯彻落实《福建省交通强省建设实施方案》(闽政〔2021〕5号)精神，制定本计划。', '一、总体要求'], expected: { docNumber: null, title: '泉州市智慧交通三年行动计划', period: { start: 2021, end: 2023 } } },
    { given: '经县政府同意 and no signature', then: 'the county government of the title is the issuer', lines: ['《安吉县美丽乡村提升行动方案(2022—2024年)》已经县政府同意，现印发给你们。', '2022年6月1日', '安吉县美丽乡村提升行动方案', '一、目标'], expected: { issuers: ['安吉县人民政府'], issuedOn: '2022-06-01' } },
    { given: 'a title broken over two lines and a date in Chinese numerals', then: 'the title is joined and the date read', lines: ['现将有关方案印发给你们。', '佛山市财政局', '二〇二二年十一月三十日', '佛山市推进财政数字化转型', '工作方案', '一、总体思路'], expected: { title: '佛山市推进财政数字化转型工作方案', issuedOn: '2022-11-30', issuers: ['佛山市财政局'] } },
    { given: 'two bodies signed on one line with the space between them lost', then: 'two issuers', lines: ['现印发给你们。', '中共惠州市委办公室惠州市人民政府办公室', '2023年1月9日', '惠州市乡村振兴行动方案', '一、目标'], expected: { issuers: ['中共惠州市委办公室', '惠州市人民政府办公室'] } },
    { given: 'a signature and date on one line', then: 'both read', lines: ['肇庆市文旅融合发展工作要点', '一、目标', '二、任务', '肇庆市文化广电旅游体育局 2023年2月8日'], expected: { issuers: ['肇庆市文化广电旅游体育局'], issuedOn: '2023-02-08', title: '肇庆市文旅融合发展工作要点', period: null } },
    { given: 'a page headed 【政策解读】 that carries the plan itself (notice, assignments)', then: 'kind plan', lines: ['【政策解读】《江门市智能制造行动计划》解读材料', '现将《江门市智能制造行动计划》印发给你们，请认真组织实施。', '江门市工业和信息化局', '2022年9月9日', '一、目标', '(一)建设智能工厂。(牵头单位:市工业和信息化局)', '(二)培育服务商。(牵头单位:市科技局)'], expected: { kind: 'plan', title: '江门市智能制造行动计划' } },
  ]);
});

describe('more plan styles', () => {
  testMetaCases([
    { given: '(2022年3月1日市政府第5次常务会议通过) under the title', then: 'that date', lines: ['湛江市海洋牧场建设实施方案', '(2022年3月1日市政府第5次常务会议通过)', '一、目标', '二、任务'], expected: { issuedOn: '2022-03-01', title: '湛江市海洋牧场建设实施方案' } },
    { given: 'a web page table of labelled fields (发文机关/发文字号/成文日期)', then: 'issuer, number and date from it', lines: ['索引号:11440100/2021-00123 分类:工业', '发文机关:珠海市人民政府办公室 成文日期:2021年5月6日', '发文字号:珠府办函〔2021〕33号 发布日期:2021年5月10日', '珠海市制造业数字化转型实施方案', '一、目标', '二、任务'], expected: { issuers: ['珠海市人民政府办公室'], docNumber: '珠府办函〔2021〕33号', issuedOn: '2021-05-06', title: '珠海市制造业数字化转型实施方案' } },
    { given: 'a preamble 为贯彻落实《省…方案》精神，经市政府同意，制定本方案', then: 'the title is the plan’s own, not the quoted one', lines: ['中山市氢能产业发展行动方案', '为贯彻落实《广东省氢能产业发展规划》精神，经市政府同意，制定本方案。', '一、目标'], expected: { title: '中山市氢能产业发展行动方案', issuers: ['中山市人民政府'] } },
    { given: 'the signature at the end of the text, before the annexes', then: 'read there', lines: ['韶关市科技创新行动计划', '一、任务', ...Array.from({ length: 30 }, (_, i) => `${i + 1}.任务${i + 1}。(责任单位:市科技局)`), '韶关市科学技术局', '2022年8月1日', '附件:任务清单', '序号\t任务\t单位', '1\t任务一\t市科技局', '市科技局\t2022年6月30日'], expected: { issuers: ['韶关市科学技术局'], issuedOn: '2022-08-01' } },
    { given: 'a deadline table row 单位\t日期 and no signature', then: 'no issuer and no date from it', lines: ['清远市工作要点', '一、任务', '附件', '市科技局\t2022年6月30日'], expected: { issuers: [], issuedOn: null } },
  ]);
});

describe('titles and signatures in print styles', () => {
  testMetaCases([
    { given: 'a (试行) status after the title', then: 'kept in the title, still found', lines: ['汕头市数据要素市场管理办法(试行)', '第一条 为规范管理，制定本办法。', '第二条 适用范围。'], expected: { title: '汕头市数据要素市场管理办法(试行)' } },
    { given: 'the period inside the title (广州市2021—2023年…)', then: 'period read, title unchanged', lines: ['茂名市2021—2023年数字政府建设行动计划', '一、目标'], expected: { title: '茂名市2021—2023年数字政府建设行动计划', period: { start: 2021, end: 2023 } } },
    { given: 'a signature spread out character by character', then: 'one issuer', lines: ['现印发给你们。', '阳 江 市 人 民 政 府', '2022 年 5 月 6 日', '阳江市海洋经济发展行动方案', '一、目标'], expected: { issuers: ['阳江市人民政府'], issuedOn: '2022-05-06' } },
    { given: 'a 国务院-style wrapper, number, bracketed date under the title and no signature', then: 'all read', lines: ['国务院办公厅关于印发“十四五”冷链物流发展规划的通知', '国办发〔2021〕46号', '现将《“十四五”冷链物流发展规划》印发给你们，请认真贯彻执行。', '“十四五”冷链物流发展规划', '(2021年11月26日)', '一、现状与形势'], expected: { title: '“十四五”冷链物流发展规划', issuers: ['国务院办公厅'], issuedOn: '2021-11-26', docNumber: '国办发〔2021〕46号', period: null } },
  ]);
});

describe('interpretations', () => {
  testMetaCases([
    { given: 'a 解读 headline and 解读如下 but no Q&A headings', then: 'interpretation', lines: ['《梅州市文旅发展三年行动计划》政策解读', '为便于理解，现将《梅州市文旅发展三年行动计划(2023—2025年)》解读如下。', '一是明确目标。', '二是细化任务。'], expected: { kind: 'interpretation', about: '梅州市文旅发展三年行动计划' } },
    { given: 'a Q&A article with no front matter', then: 'interpretation, about the plan it quotes, headline as title', lines: ['《成都市低空经济发展行动方案》政策解读', '近日，市政府办公厅印发《成都市低空经济发展行动方案(2024—2026年)》(成办发〔2024〕21号)。', '一、《行动方案》出台的背景是什么？', '低空经济是新质生产力。', '二、《行动方案》的主要目标有哪些？', '到2026年，低空经济规模达到500亿元。'], expected: { kind: 'interpretation', title: '《成都市低空经济发展行动方案》政策解读', about: '成都市低空经济发展行动方案', period: null, docNumber: '成办发〔2024〕21号' } },
  ]);

  test('GIVEN front matter with author, categories and a GMT date late in the day THEN the issuer is the author and the date is China’s', () => {
    const m = meta(['据报道，《杭州市算力基础设施建设方案》发布。', '一、方案的目标是什么？', '二、方案有哪些举措？'].join('\n'), {
      title: '杭州发布算力方案',
      author: '杭州日报',
      categories: '新闻',
      date: 'Mon, 10 Jul 2023 18:30:00 GMT',
    });
    expect(m.kind).toBe('interpretation');
    expect(m.issuers).toEqual(['杭州日报']);
    expect(m.issuedOn).toBe('2023-07-11');
    expect(m.about).toBe('杭州市算力基础设施建设方案');
  });
});

describe('front matter in Traditional script', () => {
  test('GIVEN a Traditional article whose front matter is as written THEN its title and author come out Simplified', () => {
    const body = ['據報導，《臺北市智慧城市推動計劃》發布。', '一、計劃的目標是什麼？', '二、計劃有哪些措施？'].join('\n');
    const m = extractPlanMeta(toSimplified(body), { title: '解讀臺北市智慧城市推動計劃', author: '經濟日報' }, 'traditional');
    expect(m.kind).toBe('interpretation');
    expect(m.title).toBe('解读台北市智慧城市推动计划');
    expect(m.issuers).toEqual(['经济日报']);
    expect(m.script).toBe('traditional');
  });
});

describe('dates', () => {
  test('GIVEN signature dates THEN ISO, and impossible dates null', () => {
    expect(chineseDateToIso('2021年10月8日')).toBe('2021-10-08');
    expect(chineseDateToIso('二〇二〇年十二月三十一日')).toBe('2020-12-31');
    expect(chineseDateToIso('2022年2月30日')).toBeNull();
    expect(chineseDateToIso('2022年13月1日')).toBeNull();
  });

  test('GIVEN front-matter dates THEN the calendar day in China', () => {
    expect(frontMatterDateToIso('Tue, 13 Jul 2021 11:52:05 GMT')).toBe('2021-07-13');
    expect(frontMatterDateToIso('2021-07-13')).toBe('2021-07-13');
    expect(frontMatterDateToIso('2021/7/3 09:00')).toBe('2021-07-03');
    expect(frontMatterDateToIso('2021-07-13T20:00:00Z')).toBe('2021-07-14');
    expect(frontMatterDateToIso('soon')).toBeNull();
  });
});

describe('bounded time on hostile input', () => {
  const cases: Array<[string, string]> = [
    ['100,000 Han characters on one line', '计划'.repeat(50_000)],
    ['20,000 date lines', '2021年10月8日\n'.repeat(20_000)],
    ['20,000 organisation lines then a date', `${'广州市工业和信息化局 国家发展和改革委员会\n'.repeat(20_000)}2021年10月8日`],
    ['50,000 unclosed 《', '《'.repeat(50_000)],
    ['a 《…》 of 100,000 characters', `《${'行'.repeat(100_000)}》印发`],
    ['20,000 questions', '一、是什么？\n'.repeat(20_000)],
    ['10,000 doc numbers', '穗府办〔2020〕8号'.repeat(10_000)],
  ];
  for (const [name, text] of cases) {
    test(`GIVEN ${name} THEN a title comes back (how fast: a bench figure, not a bound)`, () => {
      const m = meta(text);
      expect(typeof m.title).toBe('string');
    });
  }
});
