import { countTrafficWords } from '../../text/furniture.js'
import { oncePer } from '../../text/memo.js'
import type { Cut, Rule } from '../types.js'

// Pages a reader-mode tool or a crawler turned into Markdown keep the page's links and images as Markdown beside the
// document's prose. A line made of links alone (a menu, a breadcrumb, a list of other pages, a share bar) is the page's;
// elsewhere the markup goes and the words stay, so the line rules read the text as a plain scrape would give it.
const IMAGE = /!\[[^\]\n]{0,120}\]\([^)\s]{0,400}\)/g
const HAS_IMAGE = new RegExp(IMAGE.source)
// An address may hold one pair of brackets of its own ("javascript:void(0);").
const LINK = /\[([^[\]\n]{1,160})\]\((?:https?:|javascript:|mailto:|www\.|\/|#)(?:[^()\s]|\([^()\s]{0,40}\)){0,400}\)/g
// A reference definition ("[1]: https://…") and a rule between sections ("---", "* * *").
const REFERENCE = /^\s*\[[^\]\n]{1,20}\]:\s?\S+.*$/
const RULE_LINE = /^\s{0,3}(?:[-*_]\s?){3,}\s*$/
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/
const QUOTE_MARK = /^\s{0,3}>\s?/
const STRONG = /\*\*(?=\S)([^*\n]{1,120}?)\*\*/g
const EMPHASIS_LINE = /^\s*\*(?=[^*\s])([^*\n]{1,60})\*\s*$/
const EMPHASIS = /(?<![*\w])\*(?=[^*\s])([^*\n]{1,40}?)\*(?![*\w])/g
// What may stand between the links of a links-only line: separators, bullets, a short label ("当前位置:", "附件:").
const BETWEEN = /^(?:[\s|｜·•*\-+>»›/、,，:：()（）【】[\]◆■▶▸☆★⬇↓]|当前位置|您的位置|位置|附件|相关链接|相关阅读|分享到|分享)*$/
const NAV_TEXT = /首页|上一[篇条页]|下一[篇条页]|登录|注册|打印|关闭|收藏|下载|分享|返回|更多|阅读原文|回复|举报/
const TITLE_TEXT_MIN = 8
// A link inside a sentence whose words are the site's own ("[更多范文](…)", "[点击查看](…)") goes with its words.
const PLUG_MAX = 8
const isPlug = (words: string): boolean => words.length <= PLUG_MAX && (NAV_TEXT.test(words) || countTrafficWords(words) > 0)

/** The page is Markdown: a link or an image in its syntax, or headings marked with #. */
const isMarkdownPage = oncePer((texts: readonly string[]): boolean => {
  let headings = 0
  for (const t of texts) {
    if (/\]\((?:https?:|javascript:|\/)/.test(t) || /!\[[^\]]*\]\(/.test(t)) return true
    if (HEADING_MARK.test(t)) headings++
  }
  return headings >= 2
})

/** Spans of the matches of a global pattern. */
function spansOf(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length])
}

function wholeLine(text: string, links: RegExpMatchArray[]): Cut | undefined {
  const rest = text.replace(IMAGE, '').replace(LINK, '')
  if (!BETWEEN.test(rest)) return undefined
  const words = links.map((m) => m[1]!)
  // Other pages' titles are a list of them; short link words are the page's menu or buttons.
  const titles = words.length > 0 && words.every((w) => w.length >= TITLE_TEXT_MIN && !NAV_TEXT.test(w))
  return titles
    ? { reason: 'a line of links to other pages (Markdown)', kind: 'related-list' }
    : { reason: words.length ? "a line of the page's links: a menu, a trail or its buttons (Markdown)" : "an image of the page (Markdown)", kind: 'boilerplate' }
}

export const markdownMarkup: Rule = {
  id: 'inline-splice/markdown-markup',
  kind: 'inline-splice',
  description: 'Markdown a reader-mode tool left: lines of links or images alone go whole ([首页](…) | [政务公开](…), ![](…)); elsewhere the markup goes and the words stay (## 篇一, **热门文章**, [更多范文](…))',
  scope: 'inline',
  test: (block, doc) => {
    const text = block.folded
    if (!isMarkdownPage(doc.texts)) return undefined
    if (REFERENCE.test(text) || RULE_LINE.test(text)) return { reason: 'a reference to a link or a rule between sections (Markdown)', kind: 'boilerplate' }
    const links = [...text.matchAll(LINK)]
    if ((links.length > 0 || HAS_IMAGE.test(text)) && text.trim() !== '') {
      const whole = wholeLine(text, links)
      if (whole) return whole
    }
    const spans: [number, number][] = [...spansOf(IMAGE, text)]
    for (const m of links) {
      if (isPlug(m[1]!)) {
        spans.push([m.index, m.index + m[0].length])
        continue
      }
      // The link's words stay; its brackets and address go.
      const open = m.index
      const close = open + 1 + m[1]!.length
      spans.push([open, open + 1], [close, m.index + m[0].length])
    }
    const heading = HEADING_MARK.exec(text) ?? QUOTE_MARK.exec(text)
    if (heading) spans.push([0, heading[0].length])
    for (const m of text.matchAll(STRONG)) spans.push([m.index, m.index + 2], [m.index + 2 + m[1]!.length, m.index + m[0].length])
    const emphasised = EMPHASIS_LINE.exec(text)
    if (emphasised) spans.push([emphasised.index + emphasised[0].indexOf('*'), emphasised.index + emphasised[0].indexOf('*') + 1], [text.lastIndexOf('*'), text.lastIndexOf('*') + 1])
    else for (const m of text.matchAll(EMPHASIS)) spans.push([m.index, m.index + 1], [m.index + 1 + m[1]!.length, m.index + m[0].length])
    const inside = spans.filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0])
    return inside.length ? { reason: "Markdown's markup around the text", spans: inside } : undefined
  },
  examples: {
    context: ['[首页](https://www.example.cn/) | [通知公告](https://www.example.cn/tzgg/)'],
    drop: [
      '* [首页](https://www.example.cn/)',
      '当前位置:[首页](https://www.example.cn/) >> [校园动态](https://www.example.cn/xydt/) >> 正文',
      '![](https://www.example.cn/qrcode/88163.png)',
      '* [社区书记个人述职述廉报告](https://www.example.cn/shuzhi/4471.html)',
      '[1]: https://www.example.cn/zj/',
      '---',
      '## 篇一',
      '**热门文章**',
      '活动取得圆满成功,[更多范文](https://www.example.cn/fw/)请关注本站。', '原创 某某教育 [某某教育](javascript:void(0);) *2024-05-08 17:42*',
      '> 本文转载自微信公众号“某某教育”',
      '*发表于浙江*',
    ],
    keep: ['全年开展活动32场,参与群众1.2万人次。', '一、加强组织领导', '| 项目 | 数量 |', '时间:2024年3月12日'],
  },
}
