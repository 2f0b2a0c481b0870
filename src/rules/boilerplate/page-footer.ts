import { CONTACT_KEYS, FOOTER_CUES } from '../../lexicon/furniture.js'
import { wordAlternation } from '../../text/pattern.js'
import { fold } from '../../text/fold.js'
import { hasAny } from '../match.js'
import type { Rule } from '../types.js'

const MAX_LINE = 150
// "技术支持:某公司", "主办单位:…": a footer key with a colon. Without one these words are prose
// ("为农户提供技术支持"), so the colon is required.
const FOOTER_KEY = /(?:技术支持|主办单位|承办单位|维护单位|网站标识码)\s?[:：]/
const ALWAYS = FOOTER_CUES.filter((c) => !/技术支持|主办单位|承办单位|维护单位|网站标识码/.test(c))
const CONTACT = new RegExp(`^(?:${wordAlternation(CONTACT_KEYS.map(fold))})\\s?[:：]`)

export const pageFooter: Rule = {
  id: 'boilerplate/page-footer',
  kind: 'boilerplate',
  description: "A site's footer: copyright and ICP lines, technical support and sponsor keys, contact lines after the body",
  scope: 'line',
  traits: { furniture: true },
  test: (block) => {
    const text = block.folded.trim()
    if (text.length > MAX_LINE || /。.+/.test(text)) return undefined
    if (hasAny(text, ALWAYS) || FOOTER_KEY.test(text)) return { reason: 'page footer' }
    // Contact lines end a page: only after the body, where a notice's contact line cannot stand.
    if (block.lastBodyIndex >= 0 && block.index > block.lastBodyIndex && CONTACT.test(text)) return { reason: 'contact line of the page footer' }
    return undefined
  },
  examples: {
    drop: ['某某县总工会 版权所有 某ICP备12345678号-1 电话:0000-1234567', '地址:某某市某某路88号 技术支持:某某科技有限公司', 'Copyright © 2023 某某网 All Rights Reserved'],
    keep: ['县农业局为种植户提供技术支持,共举办培训班12期。', '加强版权保护宣传,开展打击侵权盗版行动。'],
  },
}
