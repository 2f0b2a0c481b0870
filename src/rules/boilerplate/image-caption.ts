import { CAPTION_ENDINGS } from '../../lexicon/furniture.js'
import { wordAlternation } from '../../text/pattern.js'
import type { Rule } from '../types.js'

// A photo caption between paragraphs: a short line without punctuation naming a scene
// ("表彰大会现场", "与会人员合影留念"), or one that says it is a picture ("图为…", "(图片来源…)").
const MAX_CAPTION = 24
const SCENE = new RegExp(`(?:${wordAlternation(CAPTION_ENDINGS)})$`)
// WeChat and news pages point up at the photo ("▲ 图为…", "↑图为…").
const PICTURE = /^(?:[▲△↑]\s?)?(?:[(（]?图[为片\d]|图\s?\d|[(（]图\s?[:：]|摄影[:：]|照片[:：])/
// A numbered figure whose title names data ("图1 2023年门诊量变化情况", "图3:…手术例数变化趋势") is a chart of the
// report's own, not a photo of the page's.
const NUMBERED = /^[(（]?图\s?\d/
const POINTER = /^[▲△↑]\s?/
// A caption closing on its photographer's credit ("…专区。 本报记者 某某 摄").
const PHOTO_CREDIT = /(?:记者|通讯员|摄影)?\s?[\u4e00-\u9fff·]{2,4}\s?摄$|摄影\s?[:：\s]\s?[\u4e00-\u9fff·]{2,4}$/
// "…香囊(摄影/某某)", "…现场(某某 摄)": a bracketed photographer's credit closes a caption, pointer or not.
// "…就餐(图片来源于网络)", "…现场(资料图)": a bracket naming where the picture came from closes one too.
// The page's credit for all its photos, in brackets on a line of its own ("(本文照片由学校宣传组拍摄提供)").
const PHOTOS_CREDIT = /^[(（](?:本文|文中|以上)?(?:照片|图片|配图|图)(?:均)?由[^()（）]{2,20}(?:拍摄|提供|拍摄提供|供图)[)）]$/
const BRACKETED_CREDIT = /[(（](?:(?:摄影|摄|拍摄|图)\s?[/／:：]\s?[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff·]{2,4}\s?摄|(?:图片|配图|图源)\s?(?:来源|来自|源自|[:：])[^()（）]{0,16}|资料图片?|网络图片)[)）]$/
// A video's placeholder: its label, or its running time in brackets ("【视频】…精彩回顾(时长 02:57)", "▶ 活动回顾 03:12").
const VIDEO = /^[【\[(（]视频[】\])）]|^视频\s?[:：]|[(（]\s?(?:时长|视频时长)\s?[:：]?\s?\d{1,2}:\d{2}(?::\d{2})?\s?[)）]$|^[▶►]\s?[^。,，]{2,30}\s\d{1,2}:\d{2}$/
const CHART_TITLE = /(?:情况|趋势|分布|对比|统计|构成|比例|变化|示意图|流程图|结构图|走势|曲线|柱状图|饼图|图表)[)）]?$/

export const imageCaption: Rule = {
  id: 'boilerplate/image-caption',
  kind: 'boilerplate',
  description: 'Photo captions and video placeholders left between paragraphs (…现场, …合影留念, 图为…, 【视频】…(时长 02:57))',
  scope: 'line',
  test: (block) => {
    const text = block.folded.trim()
    if (text.length > MAX_CAPTION * 2 || block.index <= block.firstBodyIndex) return undefined
    if (VIDEO.test(text) && !/[。]/.test(text)) return { reason: "a video's placeholder" }
    if (PHOTOS_CREDIT.test(text)) return { reason: "the page's credit for its photos" }
    if (PICTURE.test(text) && !/[。]/.test(text.slice(0, -1)) && !(NUMBERED.test(text) && CHART_TITLE.test(text))) return { reason: 'photo caption' }
    // A caption pointing up at its photo may close on the photographer's credit.
    if ((POINTER.test(text) && PHOTO_CREDIT.test(text)) || (BRACKETED_CREDIT.test(text) && !/[。]/.test(text))) return { reason: 'photo caption' }
    // Quotes may stand in a caption ("「小书虫」颁奖现场"); other punctuation makes it a sentence or heading.
    const scene = text.replace(POINTER, '')
    if (scene.length <= MAX_CAPTION && !/[^\P{P}「」“”‘’《》]|[\p{S}\s]/u.test(scene) && SCENE.test(scene)) return { reason: 'photo caption' }
    return undefined
  },
  examples: {
    context: ['为深入学习贯彻会议精神,我镇于6月5日召开了全体干部大会,会议由镇党委书记主持。', '会上,各村支部书记作了表态发言,镇长对下一步工作作了具体部署。'],
    drop: ['汇报会现场', '【视频】丰收节开幕式精彩回顾(时长 02:57)', '消防演练全程回顾(时长:05:12)', '与会人员合影留念', '(图:4月23日,小读者在少儿阅览室参加绘本共读)', '图为志愿者在社区开展宣传', '图2 志愿者在社区开展宣传', '▲ 图为义诊活动现场 摄影:某某', '▲“最美邻里”颁奖现场', '▲ 政务服务中心企业服务专区。 本报记者 某某 摄', '▲图为运行人员正在监盘。 摄影 黄某某', '孩子们展示亲手缝制的香囊(摄影/某某)', '志愿者为老人量血压(某某 摄)', '▲居民在长者食堂就餐(图片来源于网络)', '社区工作人员入户走访(资料图)', '(本文照片由学校宣传组拍摄提供)'],
    keep: ['一、会议现场', '视频会议共召开12次,时长累计36小时。', '通话时长(02:30)以内的来电', '活动现场气氛热烈,群众纷纷点赞。', '图1 2023年门诊量变化情况', '图3:2019—2023年手术例数变化趋势', '▲加强组织领导,健全工作机制。', '全年更新图片资料300余幅(图片来源于各村上报)。'],
  },
}
