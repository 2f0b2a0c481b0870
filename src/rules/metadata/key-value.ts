import { CONTACT_KEYS, META_KEYS } from '../../lexicon/furniture.js'
import { SIGNER_LABELS } from '../../lexicon/roles.js'
import { fold } from '../../text/fold.js'
import { isDateLine, isSignatureLine } from '../../text/date-line.js'
import { wordAlternation } from '../../text/pattern.js'
import { furnitureShares, isGluedKeyRow, isPostStamp, isSpacedKeyLine } from '../../text/furniture.js'
import { furnitureLine } from '../furniture.js'
import { outsideBody, spacedTableRow } from '../match.js'
import type { Rule } from '../types.js'

/** A line of contact keys and their values ("电话:0578-6332817 传真:0578-6332809"). */
const CONTACT_LINE = new RegExp(`^(?:(?:${wordAlternation([...CONTACT_KEYS])})\\s?[:：]\\s?\\S+\\s*)+$`)
const CONTACT_PERSON = /^联系人\s?[:：]/
/** A contact key anywhere on the line, a service's own included ("招生咨询:…"). */
const CONTACT_KEY = new RegExp(`(?:${wordAlternation([...CONTACT_KEYS])}|咨询)\\s?[:：]`)
const CONTACT_REACH = 3

/** The line belongs to a contact block the document opened with its contact person ("联系人:…" / "电话:… 传真:…" / "地址:…"). */
function inContactBlock(texts: readonly string[], index: number): boolean {
  if (!CONTACT_LINE.test(texts[index]!.trim())) return false
  for (let j = index - 1; j >= Math.max(0, index - CONTACT_REACH); j--) {
    const t = texts[j]!.trim()
    if (CONTACT_PERSON.test(t)) return true
    if (!CONTACT_LINE.test(t)) return false
  }
  return false
}

/** A contact line right above the document's signature and date ("地址:… 招生咨询:…" / "某某幼儿园" / "2024年1月10日"). */
function aboveSignature(texts: readonly string[], index: number): boolean {
  const next = (texts[index + 1] ?? '').trim()
  const after = (texts[index + 2] ?? '').trim()
  return CONTACT_KEY.test(texts[index]!) && isSignatureLine(next) && isDateLine(after)
}

// The site naming who sent the text in ("本文由“某某”投稿 · 2022-12-27 · 栏目:…"), on a short line of its own.
const CONTRIBUTOR = /^本文由\s?[“"「]?[^”"」\s]{1,16}[”"」]?\s?(?:投稿|供稿|上传|整理发布|分享)/
const CONTRIBUTOR_LINE_MAX = 60
// …or names only where it came from, in brackets on a line of its own ("(网友投稿)", "(会员上传)").
const CONTRIBUTED_NOTE = /^[(（](?:网友|用户|会员|读者)(?:投稿|上传|分享|供稿)[)）]$/
// …or writes it out as a sentence with the day and the readers it had ("本文由用户某某于2023年11月20日上传发布,已有2371人阅读,
// 被收藏86次。"): a document names no reader count of itself.
const CONTRIBUTED_SENTENCE = /^本文由[^。,，]{1,24}?(?:于\s?\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))?\s?(?:上传发布|整理发布|上传|发布|投稿|供稿|分享)[,，]\s?(?:已有|已被|累计)\s?[\d,]+\s?(?:人|位[\u4e00-\u9fff]{0,3}|次)/
// …or says it in a sentence ("这份总结是网友“某某”在2024年7月15日分享到某某网的,已有318人看过。").
const SHARED_BY_USER = /(?:网友|用户)\s?[“"「]?[^”"」\s,，。]{1,16}[”"」]?[^,，。]{0,20}(?:分享|上传)(?:到|至|于)[^,，。]{1,12}(?:网|文库|文档)/
const SHARED_LINE_MAX = 80
// A reposted article's source card ("以下文章来源于某某小学 ,作者教导处"): the account it came from, alone on its line.
const REPOSTED_FROM = /^以下文章(?:来源于|来自|转载自|转自)\s?[^。!?！？]{2,40}$/

// Above the title, a page may set its own fields out as a table of short "key:value" rows ("浏览权限:全员", "密级:内部",
// "发布部门:某某部", "发布人:某某"): once one row of the run is a metadata key's, the run is the page's table, whatever its
// other keys. Below the title such rows are the document's own (时间: 地点: 主持人:).
const SHORT_ROW = /^[\u4e00-\u9fffA-Za-z()（）\d]{2,8}\s?[:：]\s?[^\s。,，;；:：]{1,20}(?:\s+[\u4e00-\u9fffA-Za-z]{2,8}\s?[:：]\s?[^\s。,，;；:：]{1,20})*$/
const isShortRow = (text: string): boolean => SHORT_ROW.test(text.trim())
function inTableAboveTitle(texts: readonly string[], index: number, titleIndex: number): boolean {
  if (titleIndex <= index || !isShortRow(texts[index]!)) return false
  let start = index
  while (start > 0 && isShortRow(texts[start - 1]!)) start--
  let end = index
  while (end + 1 < titleIndex && isShortRow(texts[end + 1]!)) end++
  for (let i = start; i <= end; i++) if (i !== index && furnitureLine(texts[i]!)?.kind === 'metadata') return true
  return false
}

const META_KEY_SET: ReadonlySet<string> = new Set(META_KEYS.map(fold))
const WRITTEN_DATE_LINE = /^[(（]\s?(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日\s?[)）]$/

// A card of fields with each key in lenticular brackets ("【格式】pdf 【页数】6 【售价】8.00元", "【上传者】某某 【上传时间】…"):
// the page's when its keys are metadata keys.
// A bar in a value leads on to something else ("【专题】某某丨某某工作总结": a column tag before the title), and is no cell's.
const BRACKET_CELL = /【([^【】]{1,6})】\s?([^【】。,，;；|｜丨]{1,40})\s*/g
const BRACKET_ROW = /^(?:\s*【[^【】]{1,6}】\s?[^【】。,，;；|｜丨]{1,40})+\s*$/
function isBracketKeyRow(text: string): boolean {
  const line = fold(text).trim()
  if (!BRACKET_ROW.test(line)) return false
  const keys = [...line.matchAll(BRACKET_CELL)].map((m) => m[1]!.trim())
  return keys.length > 0 && keys.filter((k) => META_KEY_SET.has(k)).length * 2 >= keys.length
}

// An e-mail's header block (a newsletter, a forwarded message): its keys one per line, a sender or a recipient among
// them, whatever the values ("发件人: 某某通讯 <a@b.cn>", "主 题: …", "From: …", "Subject: …").
const MAIL_KEY = /^(?:发件人|收件人|抄送|密送|发送时间|发信时间|主\s?题|日\s?期|From|To|Cc|Bcc|Date|Sent|Subject)\s?[:：]/i
const MAIL_PARTY = /^(?:发件人|收件人|From|To)\s?[:：]/i
function inMailHeader(texts: readonly string[], index: number): boolean {
  if (!MAIL_KEY.test(texts[index]!.trim())) return false
  let start = index
  while (start > 0 && MAIL_KEY.test(texts[start - 1]!.trim())) start--
  let end = index
  while (end + 1 < texts.length && MAIL_KEY.test(texts[end + 1]!.trim())) end++
  return end > start && texts.slice(start, end + 1).some((t) => MAIL_PARTY.test(t.trim()))
}

// The title the text had where it was first posted, as a repost or a mirror prints it ("原标题:《…》"): no document names its
// own earlier title so.
const ORIGINAL_TITLE = /^(?:原标题|原文标题|原题)\s?[:：]/
const ORIGINAL_TITLE_MAX = 80

// The name under its signer's label, signing a report or speech ("述职人:某某").
const ROLE_SIGNATURE = new RegExp(`^(?:${wordAlternation(SIGNER_LABELS)})\\s?[:：]\\s?[^,，。;；:：!?！？]{2,24}$`)

export const keyValue: Rule = {
  id: 'metadata/key-value',
  kind: 'metadata',
  description: 'Metadata lines: key:value pairs with short values (格式, 大小, 页数, 来源, 作者, 发布时间, 索引号, 发布机构, 编辑, 审核…), machine-written dates and counters',
  scope: 'line',
  traits: { furniture: true },
  test: (block, doc) => {
    // Outside the body only: inside it, "来源 …" may open a sentence of the document.
    if (outsideBody(block) && isSpacedKeyLine(block.text)) return { reason: 'page metadata (a key and its value, a space between)' }
    if (isGluedKeyRow(block.text)) return { reason: 'page metadata (a table row of keys and values run together)' }
    if (isPostStamp(block.text)) return { reason: "page metadata (a post's stamp: who, when, how many read)" }
    if (CONTRIBUTOR.test(block.folded.trim()) && block.folded.length <= CONTRIBUTOR_LINE_MAX && !/[。]/.test(block.folded)) {
      return { reason: 'page metadata (who contributed the text)' }
    }
    if (ORIGINAL_TITLE.test(block.folded.trim()) && block.folded.length <= ORIGINAL_TITLE_MAX) return { reason: 'page metadata (the title the text had where it was first posted)' }
    if (CONTRIBUTED_NOTE.test(block.folded.trim())) return { reason: 'page metadata (who contributed the text)' }
    if (CONTRIBUTED_SENTENCE.test(block.folded.trim()) && block.folded.length <= SHARED_LINE_MAX) return { reason: 'page metadata (who posted the text, when, and how many read it, said as a sentence)' }
    if (REPOSTED_FROM.test(block.folded.trim())) return { reason: 'page metadata (the account a reposted article came from)' }
    if (isBracketKeyRow(block.text)) return { reason: 'page metadata (keys in brackets and their values)' }
    if (block.folded.length <= SHARED_LINE_MAX && SHARED_BY_USER.test(block.folded)) return { reason: 'page metadata (which user shared the text, said as a sentence)' }
    if (inMailHeader(doc.texts, block.index)) return { reason: "an e-mail's header (who sent it, to whom, when, its subject)" }
    if (inTableAboveTitle(doc.texts, block.index, doc.titleIndex)) return { reason: "page metadata (a row of the page's table of fields above the title)" }
    if (inContactBlock(doc.texts, block.index) || aboveSignature(doc.texts, block.index)) return undefined
    // A row of the document's own table, its cells parted by tabs or spaces like the rows beside it ("初三\t187\t25"), holds no key.
    if (spacedTableRow(doc.texts, block.index) && furnitureShares(block.text).meta === 0) return undefined
    const v = furnitureLine(block.text)
    if (!v || v.kind !== 'metadata') return undefined
    // A bare date after the body may be the document's own date line: the line model judges it.
    if (v.datesOnly && block.index > block.lastBodyIndex && block.lastBodyIndex >= 0) return undefined
    // A date written out in brackets on its own line is the day a speech or report was given ("(2023年10月25日)").
    if (v.datesOnly && WRITTEN_DATE_LINE.test(block.text.trim())) return undefined
    // A date written out under a signature ("某某社区居民委员会" / "2023年12月28日") is the document's, wherever the body ends.
    // …or under the name in its role's key ("述职人:某某" / "2023年12月26日").
    if (v.datesOnly && isDateLine(block.text) && (isSignatureLine(doc.texts[block.index - 1] ?? '') || ROLE_SIGNATURE.test(fold(doc.texts[block.index - 1] ?? '').trim()))) return undefined
    return { reason: `page metadata (${v.pieces.slice(0, 4).join(' ')})` }
  },
  examples: {
    drop: [
      '格式:DOC 上传日期:2022-08-14 09:12:40', '【格式】pdf 【页数】6 【售价】8.00元(原价12.00元)', '【文档名称】某某县市场监督管理局2023年上半年食品安全工作总结', '- 大小:30.11 KB', '- 文档页数:17', '上传人(卖家):zh***21', '時間:2024-03-18 10:20:05',
      '发布日期:2023-03-21 访问次数: 信息来源:某某县人民政府办公室', '索引号:AB1234567/2023-00023', '发文字号: | 发文时间:2020-12-31 |',
      '(编辑:张三)', '审校丨李四', '(文/图 王五)', '文/图:赵六;审核:钱七', '2019-02-01 浏览(68) (0)', '欄目:工作總結精選 / 發佈於:', '2024-05-19',
      '认证主体:孙**(实名认证)', 'IP属地:广东', 'Tag:年终总结,工作总结', '本站 2012/3/27 11:31:53', '时间:2023年03月16日',
      '发布时间:2023-12-20 星期三',
      '好评度:★★★☆☆', '★★★★★', '资料类别:总结 资料版本:通用 适用地区:全国', '类型:工作总结 | 分类:教育文档 | 格式:WORD',
      '转自:某某公众号', '发布于 3天前', '【3页】【2.3千字】', '共3页 | 约1800字 | 更新于2023-05-06', 'Word文档 共3页 12.5KB', '本文已影响2.3万人', '本文标题:某某社区2021年工作总结', '微信公众号:fanwen_123', '发布日期 2021-12-30 | 栏目 安全总结 | 阅读 1877 次', '2024.01.08 ｜ 集团党群工作部 ｜ 阅读 1,207', '某某合作社　2024-01-05　👁 862　♡ 41', '编辑于 2023-01-09 21:14・IP 属地 江西', '文/党委办公室　图/宣传科　2023年07月06日　阅读：412', '关注者 412 · 被浏览 18,736', '约 6 分钟读完', '今日学习时长 00:18:42', '3.6万粉丝 · 412篇原创', '索引号001328465/2024-00031发布机构某某县农业农村局生成日期2024-01-19主题分类农业文号无公开方式主动公开', '本文由“溪畔听风”投稿 · 2022-12-27 · 栏目:医疗卫生总结', '述职人:刘某某　　文章来源:某某网',
      '资源编号:ZY10086丨适用版本:WPS 2019及以上丨文件格式:.docx丨大小:28KB', '原标题:《走过的一年｜某某社区志愿服务回眸》', '本文由用户某某于2023年11月20日上传发布,已有2371人阅读,被收藏86次。', '(网友投稿)', '本文由某某会员“某某”于2023年7月3日发布,已有935位老师阅读。', '贡献者:ab_12 ┊ 入库:2024-06-03 ┊ 类型:DOCX', '信息提供:某某办丨刊发日期:2024-10-18丨已阅:562', '这份总结是网友“某某”在2024年7月15日分享到某某网的,已有318人看过。',
      '✔ 最佳答案 · 回答者:某某老张 · 采纳率92%', '以下文章来源于某某路小学 ,作者教导处'],
    keep: ['(2023年10月25日)', '组织会员将摄影作品上传至市文联平台,展出作品120幅。', '【活动主题】书香润童心 【活动时间】4月1日至30日', '【专题】奋进上半年丨某某区2023年上半年招商引资工作总结', '时间:2021年5月15日上午9时', '地点:县文化广场', '主办单位:县科协', '作者简介:该同志长期从事农技推广工作。', '2023年12月5日',
      '社区公众号推送的消防知识累计2.3万人阅读。', '全年共编印简报24期,每期共4页。', '时间:2023年10月16日', '数据来源:县统计局',
      '资料来源:县统计局《2023年国民经济和社会发展统计公报》', '时间:5月15日 地点:县文化广场', '组长:王某 副组长:李某 张某', '全县3天前完成了秋粮收购任务。',
      '主持人:李某 记录人:王某', '2023.05.12 | 县教育局 | 312人次', '9:00 开幕式 11:30 闭幕', '3月8日 | 妇女节表彰大会 | 阅读推广', '索引号、发布机构、生成日期、主题分类等要素全部规范填写。', '单位:某某镇林业工作站 姓名:某某 职务:站长', '规范填写发布机构生成日期主题分类公开方式等栏目', '来源:县财政专项资金12万元,企业赞助3.5万元。', '类别:噪声扰民投诉居首,其次为物业纠纷。', '来源:班组自查 61项', '来源:卫生院信息系统及门诊统计报表', '报名人数:86人|录取人数:60人|出席率:96.7%', '来源:社区志愿服务站台账统计(截至2024年1月20日)', '以下文章来源于各班的读书笔记,我们选登了其中三篇。', '来源:公司财务部2023年12月经营月报(未经审计)'],
  },
}
