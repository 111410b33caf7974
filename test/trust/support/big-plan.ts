// A synthetic plan document large enough that importing it takes a while (crash tests kill the
// import part-way): the shape of the seeds (总体目标, 重点任务 with （一） sections and numbered items,
// units in brackets, deadlines), repeated with varied titles so every task is distinct.
const UNITS = ['市工业和信息化局', '市发展改革委', '市科技局', '市交通运输局', '市卫生健康委', '市住房城乡建设局', '市政务服务数据管理局', '各区政府'];
const FIELDS = ['制造', '交通', '物流', '农业', '医疗', '教育', '文旅', '政务', '能源', '港口'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function section(n: number): string {
  return n <= 10 ? CN[n - 1] : n < 20 ? `十${CN[n - 11]}` : `${CN[Math.floor(n / 10) - 1]}十${n % 10 ? CN[(n % 10) - 1] : ''}`;
}

export function bigPlanText(opts: { sections: number; tasksPerSection: number; tag: string }): string {
  const lines = [
    `${opts.tag}市加快5G应用创新发展三年行动计划（2021-2023年）`,
    '为贯彻落实国家5G应用“扬帆”计划，制定本行动计划。',
    '一、发展目标',
    '到2023年，全市累计建成5G基站超8万座，5G用户约1200万户，5G个人普及率超60%。',
    '2022年，累计建成5G行业专网20个，累计培育5G应用示范项目约80个。',
    '二、重点任务',
  ];
  let n = 0;
  for (let s = 1; s <= opts.sections; s++) {
    lines.push(`（${section(s)}）实施第${s}项5G工程，推动重点领域突破。`);
    for (let t = 0; t < opts.tasksPerSection; t++) {
      n++;
      const field = FIELDS[n % FIELDS.length];
      const lead = UNITS[n % UNITS.length];
      const support = UNITS[(n + 3) % UNITS.length];
      // Numbering restarts in every section, as in the seeds (ids become dotted paths: 3.12).
      lines.push(
        `${t + 1}.推动5G赋能${field}第${n}号工程。加快5G在${field}领域第${n}批场景的应用，打造${n % 7 + 3}个示范项目，2022年底前完成首批建设。` +
          `（牵头单位：${lead}，配合单位：${support}、各区政府）`,
      );
    }
  }
  lines.push('三、保障措施', '（一）加强组织领导。', '建立工作推进机制，定期调度。（牵头单位：市工业和信息化局）');
  return lines.join('\n') + '\n';
}
