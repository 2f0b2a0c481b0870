import { SITE_VOICE, SITE_VOICE_PROSE } from '../../lexicon/furniture.js'
import { furnitureShares } from '../../text/furniture.js'
import { hasAny } from '../match.js'
import type { Rule } from '../types.js'

// A site speaks to its reader in short lines: greetings, "remember us", slogans under its name.
const MAX_LINE = 80
const SLOGAN_MAX = 40
// A slogan line opens with the site's name and makes no sentence of the document.
const SENTENCE = /[。;；]/
/** A reader told to visit, log in, follow, click, scan or download: with a URL or a site's name on the line, the site speaks. */
const IMPERATIVE = /(?:请|敬请|欢迎)(?:访问|登录|关注|点击|扫描|扫码|下载|收藏)|点击(?:进入|查看|下载|访问)|扫码(?:关注|访问|下载)/
const LINK_LINE_MAX = 60
/** "找范文,就上某某", "写总结 就来某某网": what to look for, then the site to go to. */
const GO_TO_US = /(?:找|查|搜|下|写|学)[\u4e00-\u9fffA-Za-z]{1,6}[,，\s]?\s?(?:就上|就来|就到|请上|首选)[\u4e00-\u9fffA-Za-z0-9.]{2,12}[!！~～]?$/
/** "更多精彩范文请访问…", "更多动态请关注…": a teaser sending the reader elsewhere for more, a site's line whatever it names. */
const TEASER = /更多[^,，。;；]{0,12}?(?:请|敬请|欢迎)(?:访问|登录|关注|点击|扫描|扫码|下载|收藏|移步)/
/** The same teaser glued after a paragraph's last sentence ("…85%以上。更多工作总结范文请访问某某范文网"). */
const TEASER_TAIL = new RegExp(`(?<=[。!?！？])\\s*${TEASER.source}[^。!?！？]{0,30}[。!！]?\\s*$`)

/** The page saying a machine wrote it ("本文由AI辅助创作…", "内容由AI生成,仅供参考"): the platform's notice, not the document's. */
const MACHINE_WRITTEN = /(?:本文|本篇|内容|全文|此文|以上内容|文章)\s?(?:由|为|系|经)?\s?(?:AI|人工智能)(?:辅助|智能)?(?:生成|创作|撰写|写作|改写)/
/**
 * The stamp a scanner or converter app leaves on the file ("由 某某扫描 生成", "本文档由某某PDF转换生成", "Scanned with
 * AbcScanner"): the tool's, not the document's. Its name says what it does (扫描, 转换, OCR …), so a unit making something is no stamp.
 */
const TOOL_STAMP = /^(?:本(?:文档|文件|页|PDF|扫描件|资料)\s?)?(?:由|使用|用|经)\s?[\u4e00-\u9fffA-Za-z0-9 ]{0,12}?(?:扫描|转换|识别|转档|OCR|PDF)[\u4e00-\u9fffA-Za-z0-9]{0,4}\s?(?:生成|制作|转换|导出|输出)$|^(?:Scanned|Generated|Converted|Created)\s(?:by|with)\s[A-Za-z0-9 ]{2,24}$/i
/** "每天更新实用好范文": a site boasting how often its stock of documents grows. */
const UPDATE_BOAST = /(?:每天|每日|天天|日日|实时|持续)(?:都)?更新[^,，。;；]{0,8}(?:范文|文档|好文|文章|模板|素材)/

export const siteVoice: Rule = {
  id: 'boilerplate/site-voice',
  kind: 'boilerplate',
  description: 'The site speaking to its reader: greetings (欢迎访问…), imperatives (记住我, 请认真阅读…), slogans under its name',
  scope: 'line',
  traits: { furniture: true },
  test: (block) => {
    const text = block.folded.trim()
    const tail = TEASER_TAIL.exec(block.folded)
    if (tail) return { reason: 'the site sending its reader elsewhere for more, after the paragraph', spans: [[tail.index, block.folded.length]] }
    if (text.length > MAX_LINE) return undefined
    if (hasAny(text, SITE_VOICE) || (!SENTENCE.test(text) && hasAny(text, SITE_VOICE_PROSE))) return { reason: 'the site speaking to its reader' }
    if (MACHINE_WRITTEN.test(text)) return { reason: 'the platform saying a machine wrote the text' }
    if (TOOL_STAMP.test(text)) return { reason: 'the stamp of the app that scanned or converted the file' }
    if (text.length <= LINK_LINE_MAX && !SENTENCE.test(text) && IMPERATIVE.test(text)) {
      if (TEASER.test(text)) return { reason: 'the site sending its reader elsewhere for more' }
      const s = furnitureShares(text)
      if (s.url + s.site > 0) return { reason: 'the site sending its reader to a page' }
    }
    if (text.length > SLOGAN_MAX || SENTENCE.test(text)) return undefined
    // "找范文,就上某某!": a site's advertising slogan, whatever its name.
    if (GO_TO_US.test(text) || UPDATE_BOAST.test(text)) return { reason: "the site's slogan" }
    // "某某范文网提供各类范文写作素材": a line that opens with a site name and goes on about it.
    if (/^[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:网|文库|范文站|文档站)(?:提供|专注|致力|是|为您|为你|欢迎|记住|收藏)/.test(text)) {
      return { reason: "the site's slogan" }
    }
    return undefined
  },
  examples: {
    drop: ['欢迎来到某某文档网,咨询电话:400-000-0000', '您好,欢迎您访问某某网_某某综合门户网站!', '(请认真阅读下面的提示信息)', '某某文库◆记住我,常来看看~', '请记住本站网址,方便下次访问', '某某范文网提供各类范文写作素材',
      '更多精彩内容请访问 https://www.example.cn', '点击进入某某范文网查看更多', '更多工作动态请关注“某某发布”视频号', '某某文档——找范文,就上某某!', 'ⓘ 本文由AI辅助创作并经编辑审校,如有雷同纯属巧合', '内容由AI生成,仅供参考', '—— 某某楼·每天更新实用好范文 ——', '力争文明班级占比达到85%以上。更多工作总结范文请访问某某范文网', '由 某某扫描 生成', '本文档由某某PDF转换器转换生成', 'Scanned with AbcScan'],
    keep: ['由县电视台制作', '由档案室统一扫描归档', '欢迎各位领导莅临指导,我镇全体干部倍受鼓舞。', '县政务服务网提供了在线办理服务。', '他们记住了老师的嘱托,认真完成了任务。',
      '群众可登录县政务服务网办理业务。', '请访问的群众提前预约', '欢迎来到社区的新居民们参加了迎新会。', '引入AI辅助生成会议纪要,效率提升30%。', '每天更新台账数据',  '活动结束后,更多居民请关注社区通知参加下一期培训。', '同学们,请记住,老师永远是你们可以信赖的朋友。'],
  },
}
