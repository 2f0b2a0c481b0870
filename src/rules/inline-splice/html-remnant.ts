import { hanCount } from '../../text/chars.js'
import { matchSpans, outsideBrackets, OWN_TEXT_MIN } from '../match.js'
import type { Rule } from '../types.js'

// Markup that leaked into page text: a tag with attributes (its "<" sometimes lost or mangled
// into "?"), a closing tag, a line break tag. Only tag names of inline HTML are recognised.
const TAG_NAME = '(?:a|img|span|font|strong|b|i|u|em|br|p|div|section|iframe)'
const ATTR = `\\s+[a-zA-Z-]+\\s*=\\s*(?:'[^'<>]*'|"[^"<>]*"|[^\\s<>'"]+)`
const REMNANT = new RegExp(`[<?]?\\/?${TAG_NAME}(?:${ATTR})+\\s*\\/?>|<\\/?${TAG_NAME}\\s*\\/?>`, 'gi')

// An image the scraper left as its alt text or a camera's or app's file name: "[图片: 端午活动照片3]", "DSC_0871.jpg(1.8MB)",
// "IMG_2034.JPG", "微信图片_20230621153012.jpg". A file the document names itself ("附件:活动照片.jpg") stays.
const IMAGE_LEFTOVER = /[[【]\s?(?:图片|图像|照片|image)\s?[:：][^\]】\n]{0,30}[\]】]|(?<![\w.\u4e00-\u9fff])(?:[A-Za-z][\w\-]{0,39}|微信图片_\d{6,20})\.(?:jpe?g|png|gif|bmp|webp|heic)(?:\s?[(（][\d.]+\s?[KM]B[)）])?(?![\w.])/gi
// The bare placeholder a copied app page shows for a picture or a clip inside the text ("…住院楼1幢[图片],改造…"); a line of
// without a sentence of its own is the line rules' (a toolbar, a gallery, "[图片] 会议现场" a caption).
const PLACEHOLDER = /[[【]\s?(?:图片|图像|照片|视频|音频|表情|动图|图集|相关图集|image|img|video)\s?[\]】]/gi

// A forum's BBCode left in exported text: an attachment or image with its id goes whole, other tags leave their words.
const BBCODE = /\[(attach|img)\][^[\]\n]{0,80}\[\/\1\]|\[\/?(?:url|quote|b|i|u|color|size|font|align)(?:=[^\]\n]{0,40})?\]/gi

export const htmlRemnant: Rule = {
  id: 'inline-splice/html-remnant',
  kind: 'inline-splice',
  description: "HTML tags and images that leaked into the text (a href='…' target='_blank'>, </a>, <br>, [图片: …], IMG_2034.JPG)",
  scope: 'inline',
  test: (block) => {
    const spans = [...matchSpans(REMNANT, block.text), ...matchSpans(IMAGE_LEFTOVER, block.text), ...matchSpans(BBCODE, block.text), ...(hanCount(outsideBrackets(block.text)) >= OWN_TEXT_MIN ? matchSpans(PLACEHOLDER, block.text) : [])].sort((a, b) => a[0] - b[0])
    return spans.length ? { reason: 'HTML markup or an image left in the text', spans } : undefined
  },
  examples: {
    drop: ["今天就给大家?a href='http://www.example.com/zj/1.html' target='_blank'>工作总结</a>,方便参考。", '全年共召开会议12次<br>参加人员300余人', '详见<a href="/news/1.html">通知</a>', 'IMG_2034.JPG', '微信图片_20230621153012.jpg', 'DSC_0871.jpg(1.8MB)志愿者为老人包粽子。', '现场气氛热烈[图片: 端午活动照片3]居民纷纷点赞。', '全镇开展安全生产大检查[图片]28次,整改各类隐患56处,约谈企业负责人12名,关停不具备安全条件的小作坊3家。',  '[attach]2231[/attach]', '全年共开展家访[b]86次[/b]。'],
    keep: ['成绩a<b的学生需要补考', '<<安全生产法>>学习活动', '按照a=3的标准执行', '图片:活动现场', '上传JPG格式照片两张', '版本号v2.png文件已归档', '附件:活动照片.jpg', '[1] 某某县水利局网站', '【视频】【图片】', '[图片] 会议现场'],
  },
}
