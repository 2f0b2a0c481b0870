import { EDITABLE_STAMP, STAMP_PHRASES } from '../../lexicon/boilerplate.js'
import { fold } from '../../text/fold.js'
import { alternation, extraPhrases } from '../match.js'
import type { Rule } from '../types.js'

const ID = 'boilerplate/site-stamp'
const STAMPS = new RegExp(alternation(STAMP_PHRASES), 'g')
// Category stamps such as 【www.365978.net--科技】 name the site inside the text, in any kind of bracket
// (〔某某网example.cn〕, 〖…〗, 《某某网 www.example.net》): an address inside a bracket is no title's. In 《》,
// which holds titles, the address needs an ASCII name before its ending ("《中国网络安全.cn时代》" is a title).
const ADDRESS_IN = (open: string, close: string, address: string) => `${open}[^${close}\\n]{0,40}(?:${address})[^${close}\\n]{0,40}${close}`
const ANY_ADDRESS = 'www\\.|\\.com|\\.net|\\.cn|\\.org'
const NAMED_ADDRESS = 'www\\.|[A-Za-z0-9-]\\.(?:com|net|cn|org)(?![A-Za-z])'
const STAMP_BRACKETS: readonly (readonly [string, string])[] = [['【', '】'], ['〔', '〕'], ['〖', '〗']]
const SITE_STAMP = new RegExp([...STAMP_BRACKETS.map(([o, c]) => ADDRESS_IN(o, c, ANY_ADDRESS)), ADDRESS_IN('《', '》', NAMED_ADDRESS)].join('|'), 'g')

// A bracket of a site's selling words alone ("【可编辑·原创精品】", "(word版·可编辑)"): a label on the file, wherever it stands.
const SELLING = '可编辑|可修改|原创|精品|精选|优质|最新|完整版|word版|WORD版|Word版|推荐|热门|独家'
const SELLING_BRACKET = new RegExp(`[【\\[(（〖](?:${SELLING})(?:[·・|｜\\s,，]?(?:${SELLING})){1,3}[】\\])）〗]`, 'g')

export const siteStamp: Rule = {
  id: ID,
  kind: 'boilerplate',
  description: 'Stamps printed inside the text (精选优质文档-倾情为你奉上, 【www.site.net--分类】, 下载后可任意编辑)',
  scope: 'span',
  test: (block, doc) => {
    const folded = block.folded
    const spans: [number, number][] = []
    for (const re of [STAMPS, SITE_STAMP, EDITABLE_STAMP, SELLING_BRACKET]) {
      re.lastIndex = 0
      for (let m = re.exec(folded); m; m = re.exec(folded)) spans.push([m.index, m.index + m[0].length])
    }
    for (const phrase of extraPhrases(doc, ID)) {
      const at = folded.indexOf(fold(phrase))
      if (at >= 0) spans.push([at, at + phrase.length])
    }
    return spans.length ? { reason: 'site stamp printed inside the document text', spans } : undefined
  },
  examples: {
    drop: ['精选优质文档-倾情为你奉上', '【www.example.net--科技】', '全镇共开展培训12场〔某某文秘网abcd.cn〕', '参加《某某网 www.example.net》比赛', '〖某某范文网 example.com〗', '我镇开展了安全生产月活动。范文仅供参考,自行编辑使用', '下载后可任意编辑社区共开展活动12次。', '【可编辑·原创精品】2022年,本人认真履行岗位职责。'],
    keep: ['县科技局编印了《科技活动周专刊》。', '学习《关于加强网站建设的通知》(某政发〔2023〕12号)。', '观看《中国网络安全.cn时代》专题片。', '编辑部全年编辑出版简报24期。', '评选(优质)(精品)课程各3门', '推出“原创精品”栏目12期'],
  },
}
