import { SITE_CREDIT_VERBS, SITE_NAME_WORDS } from '../../lexicon/noise.js'
import { TRAFFIC_WORDS } from '../../text/furniture.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

// A website's name in square brackets dropped into a sentence: "活动,[某范文]不断提高". The
// bracket holds a short name ending in a site word and nothing else (no digits: [1] is a citation).
const BRACKETED = new RegExp(`[\\[【][\\u4e00-\\u9fffA-Za-z]{0,8}(?:${wordAlternation(SITE_NAME_WORDS)})[\\]】]`, 'g')

// In round brackets a site's name needs a credit verb to be the site's ("(某某范文网整理)"): "(县政府网)" may cite a source.
const CREDITED = new RegExp(`[(（][\\u4e00-\\u9fffA-Za-z]{0,8}(?:${wordAlternation(SITE_NAME_WORDS)})(?:${wordAlternation(SITE_CREDIT_VERBS)})[)）]`, 'g')
// A bracketed aside that speaks to the reader in the site's words ("(微信搜索“某某”关注,回复“总结”领取更多范文)").
const ASIDE = /[(（][^()（）]{4,40}[)）]/g
const MIN_TRAFFIC = 3
// ...one of which is the site's own business: its texts, or its readers' following ("(可免费下载APP)" is the report's).
const SITE_BUSINESS = /范文|文库|文档|素材|公众号|关注|领取/

/** Spans of `re` in the folded text that stand inside the sentence (text on both sides). */
function inside(folded: string, re: RegExp, keep: (m: string) => boolean = () => true): [number, number][] {
  const spans: [number, number][] = []
  re.lastIndex = 0
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    // A bracketed label opening a line is a heading; one closing it, a line's own note.
    if (m.index === 0 || m.index + m[0].length >= folded.length || !keep(m[0])) continue
    spans.push([m.index, m.index + m[0].length])
  }
  return spans
}

export const bracketedSite: Rule = {
  id: 'inline-splice/bracketed-site',
  kind: 'inline-splice',
  description: 'A site name or promotion in brackets dropped into a sentence ([某范文], 【某文库】, (某某范文网整理), (微信搜索“某某”关注,领取更多范文))',
  scope: 'inline',
  test: (block) => {
    // Matched on the folded text (same length): traditional names (【學習文庫】) read as simplified ones.
    const f = block.folded
    const spans = [
      ...inside(f, BRACKETED),
      ...inside(f, CREDITED),
      ...inside(f, ASIDE, (aside) => SITE_BUSINESS.test(aside) && TRAFFIC_WORDS.filter((w) => aside.includes(w)).length >= MIN_TRAFFIC),
    ]
    return spans.length ? { reason: 'site name or promotion dropped into the sentence', spans } : undefined
  },
  examples: {
    drop: ['继续开展教学反思活动,[某某范文]不断提高教师水平。', '加强宣传【学习文库】,营造良好氛围。', '加強宣傳【學習文庫】,營造良好氛圍。', '文明习惯尚未内化于心(某某范文网整理),德育活动还不够系统。', '新建卫生厕所598户,(微信搜索“某某范文”关注,回复“总结”领取更多范文)全镇环境明显改善。'],
    keep: ['【工作动态】全镇开展了环境整治。', '详见文献[1]的有关论述。', '印发了[2023]5号文件', '在县政府网(县政府网站)发布公告。', '开展(线上线下相结合)宣传活动,群众参与踊跃。', '推广使用政务APP(可免费下载APP)办理业务。'],
  },
}
