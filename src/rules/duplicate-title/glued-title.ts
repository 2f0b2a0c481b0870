import { GENRE_WORD, TITLE_DECORATION } from '../../lexicon/genres.js'
import { HEARERS } from '../../lexicon/offtopic.js'
import { SITE_NAME_WORDS } from '../../lexicon/noise.js'
import { fold } from '../../text/fold.js'
import { wordAlternation } from '../../text/pattern.js'
import { stripSeo, titleKey } from '../../text/title.js'
import { bigramDice } from '../../text/compare.js'
import type { Cut, DocFacts, Rule, RuleBlock } from '../types.js'

// SEO words a site glues after each copy of the title: "…总结范文4篇".
const SEO_AFTER = new RegExp(`^${TITLE_DECORATION}`)
// The site's name after an underscore or bar, as in its page title ("…工作总结_某某范文搜 2019年,…"): a site word in it,
// and the text going on after a space or a number.
const SITE_SUFFIX = /^\s?[_|｜]\s?([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?=\s|\d)/
const SITE_WORD = new RegExp(wordAlternation(SITE_NAME_WORDS))
const OPEN_SQUARE = /^[【\[〖]\s?/
const CLOSE_SQUARE = /^\s?[】\]〗]/
// After the glued title(s): an optional variant number or label, then the body.
// …in brackets too ("（范文一）", "【篇二】").
const VARIANT_AFTER = /^(?:\s?篇\s?[一二三四五六七八九十\d]{1,3}[::、]?|\s?[(（【\[](?:精选|参考|优秀|推荐)?(?:范文|例文|范本|模板|篇)\s?[一二三四五六七八九十\d]{1,3}[)）】\]]|\d{1,2}(?![\d年月日万亿%.])|[::])/

// The site's page title glued before the first sentence, other words than the document's but its listing's shape
// ("2023物业项目部年终工作总结范文_物业公司年终总结2023年,翠湖湾项目部…"): a genre word, 范文, a separator and its category.
const SEO_GLUED = new RegExp(
  `^[^。,，;；!?！？\\s]{2,40}?(?:${GENRE_WORD.source})(?:范文|范本|模板)(?:大全)?(?:\\s?[_|｜\\-—]\\s?[^。,，;；!?！？\\s_|｜]{2,20}?(?:${GENRE_WORD.source}))?`,
)

// A speech's salutation with a title glued before it ("某某社区年终表彰大会讲话稿各位居民代表、各位志愿者,同志们:"): the salutation
// line ends on its colon.
const BEFORE_SALUTATION = new RegExp(
  `^([^。,，;；:：!?！？\\s]{4,40}?(?:${GENRE_WORD.source}|讲话|致辞|发言))(?=(?:尊敬的|亲爱的|各位|${HEARERS})[^。!?！？]{0,40}[:：]\\s*$)`,
)
// The glued title is a copy when it reads nearly as a line above it (the title, the site's page title).
const COPY_SIMILAR = 0.5

/** Length of a title glued before a speech's salutation, when a line above reads nearly the same; or 0. */
function titleBeforeSalutation(text: string, block: RuleBlock, doc: DocFacts): number {
  const glued = BEFORE_SALUTATION.exec(text)
  if (!glued) return 0
  const key = titleKey(glued[1]!)
  return doc.texts.slice(0, block.index).some((t) => bigramDice(titleKey(fold(t)), key) >= COPY_SIMILAR) ? glued[1]!.length : 0
}

/** Length of a run of titles at the start of `text` (one or more, with SEO forms), or 0. */
function gluedTitleLength(text: string, title: string): number {
  const bare = stripSeo(title)
  // The copy may leave out the year wherever the title has it ("某某街道上半年工作总结…" under "某某街道2024年上半年工作总结…").
  const forms = [...new Set([title, bare, bare.replace(/^(?:19|20)\d{2}年?(?:度)?/, ''), bare.replace(/(?:19|20)\d{2}年度?/, '')])].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length)
  // The copy may stand in square brackets ("【某某项目部安全生产工作总结】7月至9月,…").
  const bracket = OPEN_SQUARE.exec(text)
  let at = bracket ? bracket[0].length : 0
  const start = at
  for (let repeat = 0; repeat < 3; repeat++) {
    const form = forms.find((f) => text.startsWith(f, at))
    if (!form) break
    at += form.length
    const decoration = SEO_AFTER.exec(text.slice(at))
    if (decoration) at += decoration[0].length
    const site = SITE_SUFFIX.exec(text.slice(at))
    if (site && SITE_WORD.test(site[1]!)) at += site[0].length
    while (text[at] === ' ') at++
  }
  if (at === start) return 0
  if (bracket) {
    const close = CLOSE_SQUARE.exec(text.slice(at))
    if (!close) return 0
    at += close[0].length
  }
  const variant = VARIANT_AFTER.exec(text.slice(at))
  return variant ? at + variant[0].length : at
}

/** The glued run holds the title at least twice ("…工作总结…工作总结为确保…"). */
function doubled(text: string, len: number, title: string): boolean {
  const bare = stripSeo(title).replace(/^(?:19|20)\d{2}年?(?:度)?/, '')
  const run = text.slice(0, len)
  return bare.length >= 4 && run.indexOf(bare) !== run.lastIndexOf(bare)
}

/** The site's page title glued to a sentence under the document's own title, or undefined. */
function seoTitleGlued(text: string): Cut | undefined {
  const seo = SEO_GLUED.exec(text)
  return seo && seo[0].length < text.length - 4 ? { reason: "the site's page title glued to the first sentence", spans: [[0, seo[0].length]] } : undefined
}

export const gluedTitle: Rule = {
  id: 'duplicate-title/glued-title',
  kind: 'duplicate-title',
  description: 'The title (once or doubled, maybe with a variant number) glued to the start of a body paragraph',
  scope: 'span',
  test: (block, doc) => {
    if (!doc.title || !doc.titleKey || block.index === doc.titleIndex) return undefined
    const text = block.folded
    const titleAbove = doc.titleIndex >= 0 && doc.titleIndex < block.index
    const salutation = titleBeforeSalutation(text, block, doc)
    if (salutation > 0) return { reason: "a copy of the title glued before the speech's salutation", spans: [[0, salutation]] }
    const len = gluedTitleLength(text, fold(doc.title))
    // Something must follow, and it must be body, not the end of a short title line.
    if (len === 0 || len >= text.length - 4 || titleKey(text) === doc.titleKey) return titleAbove ? seoTitleGlued(text) : undefined
    // The title's first occurrence is the document's: glued to the body it stays, unless the title
    // already stood on its own line above or is doubled here.
    if (!titleAbove && !doubled(text, len, fold(doc.title))) return undefined
    return { reason: 'title glued to the first sentence', spans: [[0, len]] }
  },
  examples: {
    title: '2022年防汛抗旱工作总结',
    context: ['2022年防汛抗旱工作总结'],
    drop: ['2022年防汛抗旱工作总结2022年防汛抗旱工作总结为确保全镇安全度汛,镇党委、政府提早部署各项工作。', '2022年防汛抗旱工作总结各位领导、同志们:', '防汛抗旱工作总结防汛抗旱工作总结1根据上级防汛工作会议精神,结合我镇实际开展了汛前检查。'],
    // With no title line above, a title glued to the first paragraph is the title's first occurrence.
    keep: ['为确保全镇安全度汛,镇党委、政府提早部署各项工作。', '各位领导、同志们:', '在全县教育大会上的讲话各位代表:', '2022年防汛抗旱工作总结', '防汛抗旱工作总结1根据上级防汛工作会议精神,结合我镇实际开展了汛前检查。'],
  },
}
