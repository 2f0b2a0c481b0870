import { offtopic } from './topic.js'
import type { Cut, Rule } from '../types.js'

// A splice is a minority of the document: the rest must be there to compare with. A fragment
// shorter than WORDS_MIN (a page cut mid-paragraph) is judged by its voice alone.
const MIN_LENGTH = 12
const WORDS_MIN = 20
const MIN_REST = 120

export const splicedParagraph: Rule = {
  id: 'offtopic/spliced-paragraph',
  kind: 'offtopic',
  description: 'A paragraph spliced in from another document: the off-topic model weighs what it shares with the rest and the title, and another voice, time span or year',
  scope: 'block',
  test: (block, doc): Cut | undefined => {
    const len = block.text.length
    if (len < MIN_LENGTH || block.index < block.firstBodyIndex || block.index === doc.titleIndex) return undefined
    if (doc.stats.totalLength - len < Math.max(MIN_REST, 2 * len)) return undefined
    const v = offtopic(doc, block, { index: block.index, text: block.text, sentence: false, offset: 0 }, (m) => m.paragraph, len < WORDS_MIN)
    return v.cut ? { reason: v.reason } : undefined
  },
  examples: {
    context: [
      '为确保全县安全度汛,县防汛指挥部、县水利局、县应急管理局联合部署了汛前检查,我县各乡镇积极响应。',
      '6月1日上午,县防汛指挥部在县城滨江广场举行防汛应急演练,副县长现场指挥,我县12个乡镇抢险队参加。',
      '汛期我县共排查水库、山塘等隐患点136处,转移受威胁群众2100余人,储备编织袋5万余条。',
      '通过广播、短信和村村响等形式,宣传了防汛避险知识,群众的防灾意识明显增强。',
      '9月30日,全县汛期工作平稳结束,防汛预案确定的各项任务全部完成,实现了不死人、少损失的目标。',
    ],
    drop: ['总之,一年来,我院在医疗质量管理上虽然取得了一些进步,但与患者期望仍有差距,我们将继续改进门诊流程,使我院服务水平再上新台阶。'],
    keep: ['汛期县水利局组织技术人员深入乡村,检查水库和山塘的防汛准备,我县群众积极配合。', '此外,完成了村卫生室改造,为78户低保户、特困户办理了医保代缴,组织志愿者为留守老人上门理发、打扫卫生160余次。', '这些成绩的取得,离不开一线司机、分拣员和调度员的辛勤付出,尤其是寒潮期间分拨中心连续72小时满负荷运转,保障了民生物资按时送达。'],
  },
}
