import { INLINE_PAGE_MARKER } from '../../lexicon/boilerplate.js'
import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

export const hiddenTextMarker: Rule = {
  id: 'page-marker/hidden-text-marker',
  kind: 'page-marker',
  description: 'Page markers inside the text: paywall gaps (……此处隐藏15229个字……), page footers the text runs across (第 1 页 共 9 页), e-paper continuation notes ((下转第4版))',
  scope: 'span',
  test: (block) => {
    const spans = matchSpans(INLINE_PAGE_MARKER, block.folded)
    return spans.length ? { reason: 'page marker inside the text (a paywall gap or a page footer)', spans } : undefined
  },
  examples: {
    drop: ['镇里对汛前检查的时间和分工作了具体的安 ……此处隐藏8421个字……织开展了应急演练', '采取公开招标方式确定施工单 2 / 6', '辖区未发生较大设备安全〔2/9〕事故。', '其中新建敬老院 3 所,第 2 页 共 7 页改建 4 所。', '全年为企业办结事项1.2万件。(下转第4版)', '(上接第1版)专区设有12个窗口。', '全村完成改厕［第187页］326户。', '改革以来的做法溪川学刊 2023年第4期 ·73· 与成效', '走访慰问80岁以上高龄老人及独居老人展开全部,共46户。', '举办读书沙龙 - 2 - 共开展24场,吸引亲子家庭600余组。', '作业前必须严格履行审批手续,安环部每月组织联合检查……展开阅读全文∨', '建立进货台账,台账保存不少于— 2 —', '台账保存不少于— 2 —6个月,入库前共同验收。', '把纪律规矩送到田间地头、— 2 —'],
    keep: ['此处为活动现场,隐藏式展台共12个。', '责任书126份,完成全年任务的2/3', '完成率(3/4)位居全市前列。', '第3页展示了全年工作共6项成果。', '修订后的《服务指南》(第2版)已印发。', '各项工作全面展开全部完成,群众满意。', '参赛选手年龄在 6 - 12 岁之间。', '比分定格在3-2,我队获胜。', '第一阶段(3月—5月)', '比分为2—1', '时间为2023—2—6'],
  },
}
