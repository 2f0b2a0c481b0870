import { CONTACT_KEYS, FOOTER_CUES, SITE_CONTACT_KEYS } from '../../lexicon/furniture.js'
import { NAME_COURTESIES, ROLE_WORDS } from '../../lexicon/roles.js'
import { isDateLine } from '../../text/date-line.js'
import { EMAIL } from '../../text/furniture.js'
import { wordAlternation } from '../../text/pattern.js'
import { fold } from '../../text/fold.js'
import { afterBody, hasAny, outsideBody } from '../match.js'
import type { Rule } from '../types.js'

const MAX_LINE = 150
// "技术支持:某公司", "主办单位:…": a footer key with a colon. Without one these words are prose
// ("为农户提供技术支持"), so the colon is required.
const FOOTER_KEY = /(?:技术支持|维护单位|网站标识码)\s?[:：]/
// "主办单位:县科协" heads an activity summary's own programme: a site's sponsor key is a footer only
// beside another footer piece on its line, or after the body.
const SPONSOR_KEY = /(?:主办单位|承办单位)\s?[:：]|^(?:主办|承办|协办|网站维护|维护)\s?[:：]/
// A site's own contact for business, service and complaints ("客服热线 400-…", "商务合作:QQ …", "投诉建议:…@…"),
// with a phone, an e-mail, a QQ number or office hours after it: a footer wherever it stands.
const SITE_CONTACT = new RegExp(
  `(?:${wordAlternation(SITE_CONTACT_KEYS)})(?:热线|电话|邮箱|QQ|微信)?\\s?[:：]?\\s?(?:\\d{3,4}[-\\s]?\\d{3,8}|${EMAIL.source}|QQ\\s?[:：]?\\s?\\d{5,}|周[一二三四五六日天]|\\d{1,2}:\\d{2})`,
  'i',
)
const ALWAYS = FOOTER_CUES.filter((c) => !/技术支持|主办单位|承办单位|维护单位|网站标识码/.test(c))
const CONTACT_ANYWHERE = new RegExp(`(?:${wordAlternation(CONTACT_KEYS.map(fold))})\\s?[:：]`)
const CONTACT = new RegExp(`^${CONTACT_ANYWHERE.source}`)

// How far a sponsor key's footer company may stand (the copyright or ICP line next to it).
const FOOTER_REACH = 2
const SITE_CONTACT_MAX = 50

/** A line within reach holds a footer piece of its own (版权所有, ICP备, 技术支持:…). */
function footerNearby(texts: readonly string[], index: number): boolean {
  for (let j = Math.max(0, index - FOOTER_REACH); j <= Math.min(texts.length - 1, index + FOOTER_REACH); j++) {
    if (j === index) continue
    const t = fold(texts[j] ?? '')
    if (t.length <= MAX_LINE && (hasAny(t, ALWAYS) || FOOTER_KEY.test(t))) return true
  }
  return false
}

// A date standing alone closes a document's signature (2025年1月10日): contact lines above it are the document's.
const SIGNATURE_REACH = 6
// "中共某某县委组织部主办": the site's sponsor named alone, with no key.
const SPONSOR_LINE = /^[\u4e00-\u9fff]{4,24}(?:主办|承办|主管)$/

/** The next (step 1) or previous (step -1) few non-empty lines from `index`: found by a bounded walk, not a copy of the page. */
function nearLines(texts: readonly string[], index: number, step: 1 | -1): string[] {
  const out: string[] = []
  for (let i = index + step; i >= 0 && i < texts.length && out.length < SIGNATURE_REACH; i += step) if (texts[i]!.trim() !== '') out.push(texts[i]!.trim())
  return out
}

/** One of the next few non-empty lines (other contact lines, the unit) is a signature's date or the attachments list: the lines above it still belong to the document. */
function signatureFollows(texts: readonly string[], index: number): boolean {
  return nearLines(texts, index, 1).some((t) => isDateLine(t) || ATTACHMENTS.test(t))
}

// The document's own contact block: under its heading ("六、联系方式", "联系人:…"), or above its attachments list.
const CONTACT_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s?(?:联系方式|联系办法|联系人|咨询方式|报名方式)/
const ATTACHMENTS = /^附\s?件\s?\d{0,2}\s?[:：]?/

/** A line of the few above opens the document's contact block. */
function underContactHeading(texts: readonly string[], index: number): boolean {
  return nearLines(texts, index, -1).some((t) => CONTACT_HEADING.test(t))
}

// A contact line naming the desk or the person to ask in brackets ("联系电话:0573-8602xxxx(德育处 汪老师)"): the document's own.
const OWN_CONTACT = new RegExp(`[(（][^()（）]{0,12}(?:${wordAlternation([...ROLE_WORDS, ...NAME_COURTESIES])})[)）]\\s*$`)

export const pageFooter: Rule = {
  id: 'boilerplate/page-footer',
  kind: 'boilerplate',
  description: "A site's footer: copyright and ICP lines, technical support and sponsor keys, contact lines after the body",
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    const text = block.folded.trim()
    if (text.length > MAX_LINE || /。.+/.test(text)) return undefined
    if (hasAny(text, ALWAYS) || FOOTER_KEY.test(text)) return { reason: 'page footer' }
    if (text.length <= SITE_CONTACT_MAX && SITE_CONTACT.test(text)) return { reason: "the site's contact line" }
    if (SPONSOR_KEY.test(text) && (afterBody(block) || CONTACT_ANYWHERE.test(text) || footerNearby(doc.texts, block.index))) return { reason: 'page footer' }
    // Contact lines end a page: only after the body, where a notice's contact line cannot stand.
    if (outsideBody(block) && SPONSOR_LINE.test(text)) return { reason: "the site's sponsor" }
    if (afterBody(block) && CONTACT.test(text) && !OWN_CONTACT.test(text) && !signatureFollows(doc.texts, block.index) && !underContactHeading(doc.texts, block.index)) return { reason: 'contact line of the page footer' }
    return undefined
  },
  examples: {
    drop: ['某某县总工会 版权所有 某ICP备12345678号-1 电话:0000-1234567', '地址:某某市某某路88号 技术支持:某某科技有限公司', 'Copyright © 2023 某某网 All Rights Reserved',
      '主办单位:某某县人民政府办公室 地址:某某县人民路1号', '中共某某县委组织部主办', '承办:某某县大数据发展中心 网站标识码:0000000000', 'Powered by SomeCMS', '增值电信业务经营许可证:京B2-20190123',
      '客服热线 400-888-6666', '商务合作:QQ 88889999', '服务时间:周一至周五 9:00-17:30', '投诉建议:feedback@example.com'],
    keep: ['县农业局为种植户提供技术支持,共举办培训班12期。', '联系电话:0573-8602xxxx(德育处 汪老师)', '加强版权保护宣传,开展打击侵权盗版行动。', '主办单位:县科协', '承办单位:县图书馆、县科技馆', '客服中心全年受理客户投诉56件,办结率100%。'],
  },
}
