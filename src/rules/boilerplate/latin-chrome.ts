import { hanCount, KANA, LATIN_LETTER } from '../../text/chars.js'
import { EMAIL } from '../../text/furniture.js'
import { oncePer } from '../../text/memo.js'
import { looksLikeTitle } from '../../text/title.js'
import type { Rule } from '../types.js'

// A Chinese document's own lines are Chinese: before its first paragraph and after its last, a line written in
// Latin letters is the page's (an English menu, slogan, masthead, account or share row: "Home / News / Firm
// News", "Posted 2024-01-15 | By Admin | 205 views", "某某县气象局 SOME COUNTY WEATHER BUREAU"). Inside the
// body such lines are left alone: a document may quote a URL, list acronyms or name a partner in English.
// Letters of other scripts: Chinese characters, and the kana a Japanese page writes its words in.
const OTHER_LETTER = /[^\P{L}A-Za-z]/gu
const LOWER_START = /^[a-z]/
const TITLE_RENDERING = /^[A-Z][A-Za-z'’,\s-]{3,80}\.?$/
const KANA_PAGE_MIN = 20
// Asked of every line, answered once per page (the page's lines are one array per pass).
const kanaPage = oncePer((texts: readonly string[]) => texts.reduce((n, t) => n + (t.match(KANA)?.length ?? 0), 0) >= KANA_PAGE_MIN)
const MIN_LATIN = 6
const MAX_LINE = 160
// Latin letters at least twice the letters of other scripts: the line is written in Latin, a Chinese name beside it at most.
const LATIN_OVER_HAN = 2
// A contact the document gives keeps its Chinese key ("电子邮箱:…", "报名网址:https://…"), and an e-mail address
// closes many a notice: both are the document's.
const HAN_KEY = /[\u4e00-\u9fff]{2,}\s?[:：]/
// Chinese sentence marks make it a piece of the document's prose ("(www.example.org.cn)观看。" closing a wrapped line).
const CHINESE_MARK = /[。，；！？、]/
// An organisation's English name on a line of its own is the document's letterhead ("Some Youth Services Centre
// (SYSC)"); a heading's one-word gloss ("目录 CONTENTS") belongs to the heading.
const ORG_ENDING = /(?:Centre|Center|Association|Bureau|School|University|College|Hospital|Company|Ltd\.?|Inc\.?|Group|Committee|Office|Department|Institute|Foundation|Society|Council|Federation|Library|Museum|Clinic|Union)(?:\s?\([A-Z&]{2,10}\))?$/
const LATIN_ORG = new RegExp(`^[A-Z][A-Za-z&.,'’\\- ]+${ORG_ENDING.source}`)
const GLOSSED_HEADING = /^[\u4e00-\u9fff]{2,8}\s+[A-Z]{3,16}$/

// A head line that is a Chinese title with the page's English gloss after a bar ("某某学院2024年暑期社会实践活动总结 |
// Summer Social Practice 2024"): the gloss goes, the title stays.
const LATIN_GLOSS = /\s*[|｜_—–-]\s*(?=[A-Za-z])[A-Za-z0-9\s&.,:'’()-]{6,80}$/

export const latinChrome: Rule = {
  id: 'boilerplate/latin-chrome',
  kind: 'boilerplate',
  description: 'A line written in Latin letters before the Chinese document\'s first paragraph or after its last: an English menu, slogan, masthead, metadata or share row (Home / News, Posted … | By Admin | 205 views, 某某局 SOME BUREAU)',
  scope: 'line',
  test: (block, doc) => {
    if (block.index >= block.firstBodyIndex && block.index <= block.lastBodyIndex) return undefined
    if (block.index === doc.titleIndex) return undefined
    // The title's English rendering on the line under it ("A Hundred Stories of the Moon.") is the document's: words only,
    // no figure, bar or key as a page's rows have.
    if (doc.titleIndex >= 0 && block.index === doc.titleIndex + 1 && TITLE_RENDERING.test(block.text.trim())) return undefined
    // A Japanese page writes its words in kana beside the Chinese characters: its Latin lines are not read so.
    if (kanaPage(doc.texts)) return undefined
    const text = block.folded.trim()
    if (text.length > MAX_LINE) return undefined
    const gloss = block.index < block.firstBodyIndex ? LATIN_GLOSS.exec(block.text) : null
    if (gloss && gloss.index > 0 && looksLikeTitle(block.text.slice(0, gloss.index))) {
      return { reason: `an English gloss after the title (${gloss[0].trim().slice(0, 40)})`, spans: [[gloss.index, block.text.length]] }
    }
    const latin = text.match(LATIN_LETTER)?.length ?? 0
    if (latin < MIN_LATIN || latin < LATIN_OVER_HAN * (text.match(OTHER_LETTER)?.length ?? 0)) return undefined
    // A line opening on a lower-case word is code or an address ("docker run -d …", "if false; then"): a page's
    // furniture opens on a capital, a figure or a mark.
    if (LOWER_START.test(text)) return undefined
    if (EMAIL.test(text) || HAN_KEY.test(text) || CHINESE_MARK.test(block.text) || GLOSSED_HEADING.test(text)) return undefined
    if (hanCount(text) === 0 && LATIN_ORG.test(text)) return undefined
    return { reason: `a line of the page in Latin letters outside the Chinese document (${text.slice(0, 40)})` }
  },
  examples: {
    context: ['某某律师事务所2023年度工作总结', '2023年是本所成立的第十个年头,全所律师坚持专业立所、诚信执业,各项工作取得新进展。', '全所共承办各类案件1126件,同比增长14%,实现业务收入3860万元。'],
    drop: ['某某学院2024年暑期社会实践活动总结 | Summer Social Practice 2024', 'Home / Insights / Firm News', 'Posted 2024-01-15 | By Admin | 205 views', 'Share to: WeChat · Weibo · LinkedIn', '某某县气象局 SOMEWHERE COUNTY METEOROLOGICAL BUREAU', 'Find your balance. Breathe, stretch, renew.', 'Sign in to continue reading · 2 more pages'],
    keep: ['2024年度工作总结', 'docker run -d -p 19093:19093 --name alertmanager', 'UNIQLOのホルターネック', '(www.example.org.cn)观看。', 'Some Youth Services Centre (SYSC)', '电子邮箱:office@example.org.cn', '目录 CONTENTS', '报名网址:https://bm.example.cn/2024', '一、业务发展稳步增长'],
  },
}
