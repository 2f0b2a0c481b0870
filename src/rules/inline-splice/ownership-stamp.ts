import { COPY_GUARDS, OWNERSHIP_CUES, SITE_NAME_WORDS } from '../../lexicon/noise.js'
import { wordAlternation } from '../../text/pattern.js'
import { WEB_ADDRESS } from '../../text/furniture.js'
import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// "本资料权属某某网", "本文首发于某某文库": the site claiming the text, dropped inside a sentence,
// up to the next punctuation. It names the material (本资料/本文…) and ends in a site word, or in the
// site's address after it (本资料来自某某网www.example.com).
const STAMP = new RegExp(
  `本(?:资料|文档|文章|内容|文|范文)(?:${wordAlternation(OWNERSHIP_CUES)})[\\u4e00-\\u9fffA-Za-z0-9.]{1,12}?(?:${wordAlternation(SITE_NAME_WORDS)})(?:网站)?(?:\\s?(?:${WEB_ADDRESS.source}))?[,，。;；]?`,
  'g',
)

// A site claiming the text at a sentence's end: its name and "禁止复制" ("某某文库独家 禁止复制").
const CLAIM = new RegExp(`[\\u4e00-\\u9fffA-Za-z]{1,10}?(?:${wordAlternation(SITE_NAME_WORDS)})(?:独家|原创|首发)?\\s?(?:${wordAlternation(COPY_GUARDS)})`, 'g')

export const ownershipStamp: Rule = {
  id: 'inline-splice/ownership-stamp',
  kind: 'inline-splice',
  description: 'A site claiming the text inside a sentence (本资料权属某某网, 本文首发于某某文库)',
  scope: 'inline',
  test: (block) => {
    // On the folded text (same length), so traditional stamps (本資料權屬…) match too.
    const spans = [...matchSpans(STAMP, block.folded), ...matchSpans(CLAIM, block.folded)]
    return spans.length ? { reason: 'ownership stamp of the site inside the text', spans } : undefined
  },
  examples: {
    drop: ['全年共开展活动12次,本资料权属某某学习网,参与群众达3000人次。', '本文首发于某某文库。一年来,我镇认真贯彻落实上级部署。', '课题通过中期检查,本资料来自某某教育网www.example.com 课题组共撰写案例14篇。', '共监测12次。某某文库独家 禁止复制'],
    keep: ['本文件来源于县政府办公室,请各单位认真贯彻执行。', '本次活动资金来源于县财政专项资金。'],
  },
}
