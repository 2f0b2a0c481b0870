/** The furniture verdict shared by the metadata and page-chrome rules: what a line is made of. */
import { furniturePieces, furnitureShares } from '../text/furniture.js'

// A furniture line is short; a long line that holds a date or a "来源:" is a sentence.
const MAX_LINE = 160
// Words that are no furniture may stand in it, up to this share (a "(实名认证)" remark).
const MAX_TEXT_SHARE = 0.2
const MAX_TEXT_CHARS = 3
const OWN_DATE_KEY = /(?:时间|日期)\s?[:：]/
const FULL_STOP_END = /。["”’)）]?$/
const CLAUSE_MARK = /[,，;；]/
// A count of the document's own things (61项, 18件; not a number before a key: "…093 所属分类:"), a sum in 万元 (a page prices
// no file so), a head count or a rate under a key, a share of a whole (线上报名占64%): the document's figures (see furnitureLine).
const DOCUMENT_FIGURE = /\d\s?(?:项|件|起|家|户|所|批次)(?![\u4e00-\u9fff]{0,3}[:：])|\d\s?(?:万元|亿元)|(?<!下载|浏览|阅读|访问|点击|购买|收藏|关注)人数\s?[:：]\s?\d|(?<!好评|点击|转化|采纳)率\s?[:：]\s?\d|占\s?\d{1,3}(?:\.\d+)?\s?%/
const AS_OF = /截至|截止/
// The records the document's figures come from ("来源:医院信息科HIS系统及病案室统计报表", "…台账"), not a page's
// source: an office that publishes (统计局, 大数据中心) is one.
// Its own survey and its own tally count too ("来源:某某小学大队部问卷调查", "来源:各校德育处登记汇总"), and a monthly or yearly
// report it draws on ("来源:公司财务部12月经营月报", "…统计公报"; not a category such as 政府信息公开年报).
export const DATA_RECORDS = /统计(?!局|所|站)|报表|台账|数据(?!中心|局)|普查(?!办)|问卷|调查(?!组|队|局)|登记汇总|汇总表|(?<!公开)[月季年]报|统计公报/

export interface FurnitureVerdict {
  /** metadata when keys, dates and counters make most of it; chrome when interface words and site names do. */
  readonly kind: 'metadata' | 'chrome'
  /** Only machine dates: no key, word or site says what they are (a bare "2024-05-19"). */
  readonly datesOnly: boolean
  readonly pieces: readonly string[]
}

/** The furniture reading of a line, or undefined when it holds text of its own. */
export function furnitureLine(line: string): FurnitureVerdict | undefined {
  if (line.length > MAX_LINE || /。./.test(line)) return undefined
  const s = furnitureShares(line)
  const solid = s.total - s.symbol
  if (solid === 0 || s.text > Math.max(MAX_TEXT_CHARS, solid * MAX_TEXT_SHARE)) return undefined
  // A sentence with words of its own ("患者可通过医院官网https://…预约专家门诊。"): a site name's pattern
  // may have taken the words before 官网, but the full stop says it is the document's.
  if (FULL_STOP_END.test(line.trim()) && s.text > MAX_TEXT_CHARS) return undefined
  // Clauses closed by a full stop are the document's sentence, whatever key opens it ("来源:区财政专项经费18万元,社会赞助
  // 2.6万元。", "类别:预付式消费纠纷居首,其次为…。"): a site's keys and values are not written as clauses.
  if (FULL_STOP_END.test(line.trim()) && CLAUSE_MARK.test(line)) return undefined
  // A count of the document's own things (61项, 18件), its own head count or rate under a key (报名人数:86人, 出席率:96.7%), or a cut-off date of its statistics (截至2024年1月20日) makes the line
  // a row of its figures ("来源:班组自查 61项"): a page counts its readers and downloads, never these.
  if (DOCUMENT_FIGURE.test(line) || AS_OF.test(line) || DATA_RECORDS.test(line)) return undefined
  const meta = s.meta + s.date + s.counter
  const chrome = s.ui + s.site + s.url
  if (meta + chrome === 0) return undefined
  const datesOnly = s.date > 0 && s.meta + s.counter + chrome === 0
  // "时间:2023年10月16日": a date key left unmarked (its value is a person's date) heads the document's own programme.
  if (datesOnly && OWN_DATE_KEY.test(line)) return undefined
  return {
    kind: meta >= chrome ? 'metadata' : 'chrome',
    datesOnly,
    pieces: furniturePieces(line),
  }
}
