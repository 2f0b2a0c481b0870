import { GENERIC_LEAD_PATTERNS, INTRO_CUES, MACHINE_DIGEST } from '../../lexicon/boilerplate.js'
import { hanCount, sentences } from '../../text/chars.js'
import { OWN_TEXT_MIN } from '../match.js'
import type { Rule } from '../types.js'

export const genericLead: Rule = {
  id: 'template-intro/generic-lead',
  kind: 'template-intro',
  description: 'A lead paragraph about the genre itself ("总结是…的书面材料", "那么如何写好总结呢?") or a platform\'s machine-written digest (AI导读:…) before the document',
  scope: 'span',
  test: (block) => {
    // Only in the page header: before the body starts, or the first body block.
    if (block.index > block.firstBodyIndex) return undefined
    const text = block.folded
    if (MACHINE_DIGEST.test(text)) return { reason: "the platform's machine-written digest of the document", spans: [[0, text.length]] }
    const hits = GENERIC_LEAD_PATTERNS.filter((re) => re.test(text)).length
    if (hits === 0) return undefined
    const reason = 'generic lead about writing this kind of document, not part of it'
    // The lead's sentences glued before the document's first ones ("总结是…的书面材料,下面为大家带来…,供参考。2022年,中心…"):
    // they go, the document's stay.
    let end = 0
    for (const s of sentences(text)) {
      if (!GENERIC_LEAD_PATTERNS.some((re) => re.test(s.text)) && !INTRO_CUES.some((c) => s.text.includes(c))) break
      end = s.offset + s.text.length
    }
    return { reason, spans: [[0, end > 0 && hanCount(text.slice(end)) >= OWN_TEXT_MIN ? end : text.length]] }
  },
  examples: {
    drop: [
      '总结可以让我们看清一段时间工作的得失,为今后的工作指明方向。一份好的总结应当条理清楚。',
      '计划是对未来一段时间工作的安排和打算,那么如何写好一份工作计划呢?',
      '某某熊AI摘要丨本文约1100字,概述了某某社区上半年在网格治理方面的做法,阅读约需3分钟。',
      '时间飞逝,一年的工作即将结束,是时候写一份年终总结了。',
      '总结是把一段时间的工作加以回顾分析的书面材料,下面为大家带来一篇家庭医生签约服务总结,供参考借鉴。2022年,中心组建家庭医生团队11个。',
      '导读:文章从隐患排查、专项整治、宣传培训三个方面梳理了街道的安全生产工作,可供撰写同类材料时参考。',
      '✦ AI导读:这篇总结回顾了某某社区半年来的垃圾分类工作。它还列出了三条经验。', 'AI摘要 | 本文梳理了中心一年来的档案工作,并提出来年设想。',
      '📌 核心要点:①门诊人次增长 ②签约服务扩面',
    ],
    keep: ['摘要:本报告回顾了本人分管农村供水和河湖管理工作的情况。', 'AI智能巡检系统上线运行,全年发现隐患126处。', '全市智能制造要点:一是补链,二是强链。', '核心要点:一是强化组织,二是压实责任。', '为确保全镇安全度汛,按照县防汛指挥部的统一部署,镇党委、政府提早开展了汛前检查。', '总结经验,查找不足,我县制定了下一步工作计划。'],
  },
}
