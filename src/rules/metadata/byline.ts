import { OUTLET_ENDINGS } from '../../lexicon/noise.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

// "据《某某报》": the source a news page credits, alone on its line.
const ATTRIBUTION = /^[(（]?据[《<〈][^》>〉]{1,20}[》>〉](?:报道|消息|讯)?[)）]?$/
// A news dateline at the head of a paragraph: "本报讯", "某某网讯", "某某10月8日讯", "某某讯(记者 …)",
// with the reporters' byline after it. The outlet ends in a media word, or a date or a byline follows.
const OUTLET = `(?:本报|本网|本台|本会|本院|本校|本站|[\\u4e00-\\u9fffA-Za-z]{1,12}?(?:${wordAlternation(OUTLET_ENDINGS)}))`
const REPORTERS = '[(（](?:记者|通讯员|见习记者|特约记者|实习生|特约通讯员)[^()（）]{1,40}[)）]|(?:\\s?(?:记者|通讯员)\\s?[\\u4e00-\\u9fff·]{2,4}){1,4}'
// A wire dispatch (电) is dated ("某某社北京5月1日电"); undated, only an agency's "…社电" before a space or
// bracket. Without that, "通报电信诈骗", "上报电子台账" and "合作社电商" read as datelines.
const DATELINE = new RegExp(
  `^(?:${OUTLET}讯(?![息号])|${OUTLET}\\d{1,2}月\\d{1,2}日(?:讯|电)|[\\u4e00-\\u9fffA-Za-z]{1,12}?社电(?=[\\s(（:：])|` +
    `[\\u4e00-\\u9fffA-Za-z]{2,12}?\\d{1,2}月\\d{1,2}日(?:讯|电)|[\\u4e00-\\u9fff]{2,12}讯(?=\\s?[(（](?:记者|通讯员)))\\s?(?:${REPORTERS})?\\s?[:：]?`,
)

// An outlet's reporter glued before the first sentence without a dateline ("某某融媒通讯员 某某某 2023年,我始终…").
const OUTLET_REPORTER = new RegExp(`^\\s?${OUTLET}(?:记者|通讯员|特约通讯员|见习记者)\\s?[\\u4e00-\\u9fff·]{2,3}(?:\\s+|(?=(?:19|20)\\d{2}年|\\d{1,2}月))(?=\\S)`)
// A reporters' byline in brackets opening the first paragraph without an outlet ("(通讯员 某某)近日,…").
const BRACKETED_REPORTERS = new RegExp(`^\\s?[(（](?:记者|通讯员|见习记者|特约记者|实习生|特约通讯员)[^()（）]{1,40}[)）]`)
// A dateline in square brackets ("【本网讯 通讯员 某某】2024年6月14日…"), or in round ones with its reporter ("(本会讯 通讯员 某某)2023年,…").
const BRACKETED_DATELINE = new RegExp(`^\\s?(?:[【\\[]${OUTLET}讯[^【】\\[\\]]{0,30}[】\\]]|[(（]${OUTLET}讯\\s?(?:记者|通讯员)[^()（）]{1,30}[)）])`)

// An outlet's dateline in round brackets dropped into the first sentence ("2月下旬以来,(某某农业网讯)县农业农村局…").
const INLINE_DATELINE = new RegExp(`[(（]${OUTLET}讯[)）]`)
// A story's credit on its own line, maybe under a box bullet ("□文/某某分公司综合办 唐某", "图/某某").
const STORY_CREDIT = /^[□■◇◆]?\s?(?:文|图|文图|图文|文\/图|图\/文)\s?[\/／|丨]\s?[^\s,，。;；]{2,16}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2}$/
// A WeChat article's header: its originality mark, the account and the author, maybe the time ("原创 某某融媒体中心 某某发布 2023-09-18 20:05").
// …glued before the first sentence: parted by spaces, or, where a long line lost them, by the date it opens on
// ("文/某某某  2023年3月,我受县委组织部选派…").
const STORY_CREDIT_LEAD = /^\s?[□■◇◆]?\s?(?:文|文图|图文|文\/图|图\/文)\s?[\/／|丨]\s?(?:[^\s,，。;；]{2,16}\s{2,}|[\u4e00-\u9fff·]{2,6}(?=(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日))(?=\S)/
// A story's credits set apart in brackets, each key with its name, maybe with the day after ("〖 文:校团委 图:某某 责编:某某
// 终审:某某 〗 时间:2023年09月12日").
const CREDIT_KEY = '(?:文|图|摄影|撰稿|责编|编辑|责任编辑|审核|终审|初审|复审|校对|供稿)'
const CREDIT_BLOCK = new RegExp(`^[〖【\\[(（]?\\s?(?:${CREDIT_KEY}\\s?[:：/／]\\s?[\\u4e00-\\u9fffA-Za-z·]{2,10}\\s*){2,}[〗】\\])）]?(?:\\s*(?:时间|日期)\\s?[:：]\\s?[\\d年月日\\-/.:\\s]{6,20})?$`)
// A contributor's credit in brackets opening the first paragraph ("(某某研修网 某某工作室供稿)本学期,…").
const CONTRIBUTED_LEAD = /^\s?[(（【〔]\s?[\u4e00-\u9fffA-Za-z·\s]{2,24}?(?:供稿|来稿|撰稿|投稿|整理)\s?[)）】〕]\s?(?=[\u4e00-\u9fff\d])/
const WECHAT_HEADER = /^原创\s+[^\s,，。]{2,20}(?:\s+[^\s,，。]{2,20}){0,2}(?:\s+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s\d{1,2}:\d{2})?)?$/

export const byline: Rule = {
  id: 'metadata/byline',
  kind: 'metadata',
  description: 'News bylines and datelines: "据《某某报》", "某某网讯", "本报讯(记者 …)" before the first sentence',
  scope: 'line',
  traits: { furniture: true },
  test: (block) => {
    const text = block.folded.trim()
    if (ATTRIBUTION.test(text)) return { reason: 'source credit of a news page' }
    if (WECHAT_HEADER.test(text)) return { reason: "a WeChat article's originality mark and account" }
    if (STORY_CREDIT.test(text) || CREDIT_BLOCK.test(text)) return { reason: "the story's credit" }
    const credit = STORY_CREDIT_LEAD.exec(block.folded) ?? OUTLET_REPORTER.exec(block.folded) ?? CONTRIBUTED_LEAD.exec(block.folded)
    if (credit) return { reason: "the story's credit before the first sentence", spans: [[0, credit[0].length]] }
    const reporters = BRACKETED_REPORTERS.exec(block.folded) ?? BRACKETED_DATELINE.exec(block.folded)
    if (reporters) {
      const end = reporters[0].length
      return end >= block.folded.trimEnd().length ? { reason: 'reporters\u2019 byline' } : { reason: 'reporters\u2019 byline before the first sentence', spans: [[0, end]] }
    }
    const m = DATELINE.exec(block.folded)
    if (!m) {
      const inline = INLINE_DATELINE.exec(block.folded)
      return inline ? { reason: 'news dateline inside the first sentence', spans: [[inline.index, inline.index + inline[0].length]] } : undefined
    }
    const lead = block.folded.length - block.folded.trimStart().length
    const end = lead + m[0].length
    // The whole line, or the dateline in front of the first sentence.
    return end >= block.folded.trimEnd().length
      ? { reason: 'news dateline and byline' }
      : { reason: 'news dateline before the first sentence', spans: [[0, end]] }
  },
  examples: {
    drop: ['据《某某工人报》', '某某网讯 中秋叙乡情,佳节月更明。8月30日下午,商会召开中秋茶话会。', '某某新闻网讯 记者 周某某 通讯员 韩某', '某某10月8日讯(通讯员 李某)为深入开展文明创建,我镇组织了志愿服务活动。', '本报讯(记者 王某)近日,县科协开展了科普进社区活动。',
      '某某社北京5月1日电 记者从县科协获悉', '某某社电(记者 李某)', '(通讯员 某某某)近日,公司召开年度安全生产工作会议。', '【本网讯 通讯员 某某】2024年6月14日,医院组织无偿献血活动。', '原创 某某街道融媒体中心 某某发布 2023-09-18 20:05', '原创 某某 某某教育', '□文/某某分公司综合办 唐某', '图/某某', '2月下旬以来,(某某农业网讯)县农业农村局把春耕备耕作为头等大事。', '文/某某老周2023年3月,我受县委组织部选派,到某某村担任第一书记。', '文/某某老周  今年以来,我们坚持问题导向。', '〖 文:校团委 图:某某某 责编:某某某 终审:某某 〗 时间:2023年09月12日', '某某融媒通讯员 某某某 2023年,我始终把抓基层党建作为第一责任。', '(某某研修网 某某工作室供稿)本学期,数学备课组共有教师6人。', '(本会讯 通讯员 某某某)2023年,在全体理事和会员的共同努力下,联合会各项工作稳步推进。', '某某县融媒体中心讯(通讯员 某某)6月份,县应急管理局组织开展安全生产月活动。'],
    keep: ['据统计,全年共开展活动12次。', '通讯员队伍建设进一步加强。', '县融媒体中心开设了专栏,及时报道各项工作。',
      '每月通报电信网络诈骗典型案例,提醒群众提高警惕。', '各项目部每周上报电子版隐患排查台账。', '全县农民专业合作社电商销售额达到2.3亿元。', '举报电话:12345', '原创作品共评出一等奖3名。', '原创 歌曲 舞蹈 小品 共12个节目入选。', '文化/体育活动2023年共开展12场。', '图:全县2023年粮食产量变化', '县融媒体中心记者队伍建设进一步加强。', '(各村报送)全年共排查隐患32处。'],
  },
}
