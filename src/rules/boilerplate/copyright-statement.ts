import { COPYRIGHT_PHRASES } from '../../lexicon/boilerplate.js'
import { fold } from '../../text/fold.js'
import { ownEnough, phraseCut, sentencesHolding } from '../match.js'
import type { Rule } from '../types.js'

const ID = 'boilerplate/copyright-statement'
// Reprint terms in any wording ("转载时务请注明出处", "未经书面授权请勿转载", "转载须保留本文链接"): on a short line.
// A reprint's note of where the text came from and why ("本文转载自某某融媒体中心,略有删节", "本网转载此文出于传递更多信息之目的").
const REPRINT = /转载.{0,6}(?:注明|保留|标明)|(?:请勿|禁止|严禁|不得|谢绝|勿)(?:擅自)?转载|^(?:本文|此文|本篇|该文)(?:系|为)?(?:(?:转载|转引)[自于]|转自|摘自|选自)|转载.{0,6}出于.{0,12}目的|[,，](?:略|稍)?有删(?:节|改)[。.]?$|^本(?:资源|文档|资料|站|网|文)[^,，。]{0,8}仅供|^(?:声明[:：]\s?)?本(?:文|篇|稿)(?:图片|照片|图文)?由.{1,16}(?:上传|发布|提供)|仅代表.{0,6}?观点|不代表.{0,8}?(?:立场|观点)|仅提供信息(?:发布|存储)(?:平台|空间|服务)|(?:版权|著作权)均?归原(?:作者|发布单位|单位|网站|出处|作品)|(?:如|若)(?:涉及|有|存在|发现)?(?:版权|侵权|侵犯)[^。]{0,12}?(?:联系|告知|通知)[^。]{0,16}?删除(?:处理)?(?:[。!！]|\s*$)|^(?:声明[:：]\s?)?本(?:站|网|平台)的?(?:部分|所有|全部)?(?:内容|文章|资料|文档|范文|资源)[^。,，]{0,6}?(?:来源于|来自|源于|转载自)(?:网友|用户|网络|互联网)/
const SHAPE_LINE = 80

/** The reprint terms' sentences when the line holds enough sentences of its own ("1.…发放资金约860万元。本文来自某某,转载请保留出处。"), else the line. */
function reprintCut(text: string): { spans?: [number, number][] } {
  const { spans, own } = sentencesHolding(text, (s) => REPRINT.test(fold(s)))
  return spans.length === 0 || !ownEnough(text, spans, own) ? {} : { spans }
}

export const copyrightStatement: Rule = {
  id: ID,
  kind: 'boilerplate',
  description: 'Copyright and upload statements (本文档由用户提供并上传, 版权归原作者所有)',
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    if (block.text.length > 200) return undefined
    const cut = phraseCut(block.text, COPYRIGHT_PHRASES, doc, ID) ?? (block.text.length <= SHAPE_LINE && REPRINT.test(block.folded) ? reprintCut(block.text) : undefined)
    return cut && { reason: 'copyright or upload statement of the hosting site', ...cut }
  },
  examples: {
    drop: [
      '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领',
      '声明:本站所有文章资源内容,如无特殊说明或标注,均为网络资源,转载请注明出处。',
      '本作品为某某原创,转载时务请注明出处。', '某某网(www.example.cn)专稿,未经书面授权请勿转载。',
      '1.做好国家助学金评审工作,预计资助家庭经济困难学生2600人,发放资金约860万元。本文来自某某网,转载请保留出处。',
      '本文转载自某某区融媒体中心,略有删节', '本网转载此文是出于传递更多信息之目的', '此文摘自某某日报', '本资源仅供教学交流使用', '本文档仅供参考', '本文由某某号作者上传并发布', '全县居民消防知识知晓率由年初的78%提升至91%。本文来源:某某稿网(www.example.cn),转载请保留出处', '本文仅代表述职人本人观点,评议结果以集团党委正式通报为准。', '本馆为个人知识收藏空间,文章均由馆主从网络转存,不代表某某馆立场;如发现侵权请举报。', '保证了订单按期交付。本文版权归某某食品所有,如需转载请联系品牌部', '本文图片由县总工会宣教部提供', '根据会议录音整理,有删节', '声明:本文由某某号作者上传并发布,仅代表该作者观点。某某网仅提供信息发布平台。', '声明:本站内容部分来源于网友投稿,仅供学习参考,如涉及版权问题请联系我们删除。', '本站部分内容来自网友投稿,若侵犯了您的权益,请发邮件告知,我们核实后三个工作日内删除。',
    ],
    keep: ['加强知识产权保护,开展了版权宣传周活动。', '本文转载量居全市政务号前列。', '文件转发后各单位略有删节的情况已纠正。', '会上,三名代表分别代表所在片区作了发言。', '严厉打击未经授权转载、盗版等侵权行为,查处案件3起,维护了权利人合法权益。', '如有侵犯消费者权益的行为,可联系市场监管所投诉,我们将依法处理并删除违规广告。'],
  },
}
