import { CLOSING_FORMULA, INTRO_CUES, UPLOADER_NOTES } from '../../lexicon/boilerplate.js'
import { sentences } from '../../text/chars.js'
import { documentVoice, hasIntroShape, hasRulePhrase } from '../match.js'
import { looksLikeTitle } from '../../text/title.js'
import type { Rule } from '../types.js'

const ID = 'template-intro/site-intro'
// How far into the page an intro (and the generic lead before it) may reach.
const HEAD_REACH = 450
const TITLE_AFTER_COLON = /[:：]\s*(?=\S)/
const TRAILING_NOTE = /\s*[(（]([^()（）]{4,40})[)）]\s*$/
const LEADING_NOTE = /^\s*[(（]([^()（）]{4,40})[)）]\s*/

export const siteIntro: Rule = {
  id: ID,
  kind: 'template-intro',
  description: '范文 site intros ("…怎么写?下面是关于…范文,仅供参考!", "以下是小编整理的…") with the generic lead before them',
  scope: 'span',
  test: (block, doc) => {
    // The uploader's note in brackets before the first sentence ("(自己写的,领导说还行,分享给需要的朋友)2023年,我…"): the
    // bracket goes, the sentence stays.
    const note = LEADING_NOTE.exec(block.text)
    if (note && (hasIntroShape(note[1]!) || UPLOADER_NOTES.some((re) => re.test(note[1]!)))) return { reason: "the uploader's note before the text", spans: [[0, note[0].length]] }
    // …or in brackets closing the title line ("某某街道2024年…工作计划(这是去年帮单位写的,改改就能用)"): the bracket goes, the title stays.
    const after = TRAILING_NOTE.exec(block.text)
    if (after && looksLikeTitle(block.text.slice(0, after.index)) && (hasIntroShape(after[1]!) || UPLOADER_NOTES.some((re) => re.test(after[1]!)))) {
      return { reason: "the uploader's note after the title", spans: [[after.index, block.text.length]] }
    }
    let start = -1
    let end = -1
    const cues: [number, number][] = []
    for (const s of sentences(block.text)) {
      if (s.offset > HEAD_REACH) break
      // A speaker's closing words offer the text too ("以上意见,供大家参考。"): they are the document's.
      if (CLOSING_FORMULA.test(s.text.trim())) continue
      if (s.text.length <= 160 && (hasRulePhrase(s.text, INTRO_CUES, doc, ID) || hasIntroShape(s.text))) {
        if (start < 0) start = s.offset
        // The intro may hand over to the title after its colon ("…你照着改改就能用:某某社区2024年…工作计划"): the title stays.
        const colon = TITLE_AFTER_COLON.exec(s.text)
        end = s.offset + (colon && looksLikeTitle(s.text.slice(colon.index + colon[0].length)) ? colon.index + 1 : s.text.length)
        cues.push([s.offset, end])
        if (end < s.offset + s.text.length) break
      }
    }
    if (end < 0) return undefined
    // Intro sentences come first on a page: a generic lead before them ("安全无小事。") is the site's,
    // so the cut runs from the block start. A cue after sentences in the document's own voice
    // ("…提高到一个新的水平。【本文由某某网为您整理,欢迎下载】") takes only itself.
    if (documentVoice(block.text.slice(0, start))) return { reason: 'template intro of a 范文 site', spans: cues }
    return { reason: 'template intro of a 范文 site', spans: [[0, end]] }
  },
  examples: {
    drop: [
      '防汛工作总结怎么写?下面是关于防汛工作总结范文,仅供参考!', '谢邀。述职报告别写成流水账,下面给一篇我帮朋友改过的稿子,大家按自己的情况改。',
      '二是开展隐患排查。全年共排查沿街商铺320余家次,整改隐患86处。【本文由某某范文网为您整理,欢迎下载】',
      '计划是行动的指南。以下是小编整理的社区工作计划5篇,仅供参考,大家一起来看看吧。',
      '下面是小编为大家整理的,供大家参考。',
      '工作计划怎么写?某某笔苑为您精选了这篇年度计划,结构完整,可参照修改使用。',
      '安全无小事。今天小编就整理了社区消防工作总结,希望对大家有所帮助,欢迎阅读!按照街道统一安排,我社区开展了消防安全月活动。',
      '年末各类会议一个接一个。某某阁整理了一篇社区表彰大会讲话,供大家写稿时借鉴参考。', '本篇防汛工作总结由网友投稿,经编辑整理后发布,供大家写作时借鉴。', '这几篇年度总结是某某范文网的编辑从投稿中挑出来的,结构比较完整。',
      '我是某某的老周,写了十几年材料,这篇方案是我按基层常见写法改出来的,大家拿去改个单位名称就能用。',
      '(自己写的,领导说还行,分享给需要的朋友)2023年,我在局党组的领导下主持财务科全面工作。',
      '年终将至,总结该从哪几块写起?某某苑从投稿里挑了这一篇,层次清楚,拿去改改就能用。', '社区活动多,怎样把付出落到纸面上?某某居编辑挑出两篇供大家对照借鉴。',
      '以下是某某吧为你精心挑选的科长述职范文,希望能帮到你。', '我们社区今年刚定的,你照着改改就能用:某某社区2024年生活垃圾分类工作计划', '某某街道2024年老旧小区改造工作计划(这是去年帮单位写的,改改就能用)', '本站編輯整理了這篇述職範文,內容只供借鑒,歡迎各位閱讀收藏。', '下面是某某摊网友上传分享的统计工作计划,内容仅作学习交流。', '所长个人述职报告范文集锦,由某某网编辑挑选整理,希望能对您的写作有所启发。', '以下是某某屋网友分享的一篇季度总结,可供同行参考。', '下面这篇就是按这一要求写的,大家可结合本单位实际参考使用。',
    ],
    keep: ['以上意见,供大家参考。谢谢大家!', '(按姓氏笔画排序)全年共表彰先进个人12名。', '恳请各位领导批评指正。', '下面是本学期德育工作的简要总结,仅供各位老师参考。', '县科技局为大家提供了咨询服务,发放资料3000份。', '下面是我镇今年上半年的主要工作。', '稿件由通讯员投稿,经宣传科审核后刊发于厂报。', '评审组从参评论文中评选出10篇优秀论文,推荐参加市级评比。', '各乡镇可结合本地实际参照执行。', '由办公室负责收集整理各科室报送的材料。', '以下是县委办公室转发的一份通知。'],
  },
}
