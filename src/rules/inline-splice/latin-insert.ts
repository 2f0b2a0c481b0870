import { oncePer } from '../../text/memo.js'
import { isCommonWord } from '../../text/segment.js'
import type { Rule } from '../types.js'

// An English gloss in brackets after the Chinese it translates, as a bilingual page prints it: after a clause
// ("同志们:(Comrades:)", "…产业。(First, strengthen the industries.)") or closing a heading ("一、充分肯定成绩 [I. Fully
// affirm the achievements]"). A clause's gloss is cut when long (four words or more) or when the page carries
// several; a heading's only on such a page. Names given in their own language ("月神塞勒涅(Selene)") follow a
// Chinese word inside the sentence and stay, and so does an acronym spelt out ((Chest Pain Center, CPC), (AED)).
const GLOSS = /(?<=([\u4e00-\u9fff,，。:：、;；!?！？)）])\s?)[(\[（【]\s?([A-Za-z][A-Za-z0-9 ,.'’:;!?&/-]{1,160}?)\s?[)\]）】]/g
// Most blocks hold no bracketed Latin: the page's count is not needed for them.
const GLOSS_MARK = /[(\[（【]\s?[A-Za-z]/
const AFTER_CLAUSE = /[,，。:：;；!?！？]/
const CLAUSE_END = /[.:,;!?]$/
const LONG_GLOSS = 4
const PAGE_GLOSSES = 2
const prose = (gloss: string): boolean => /\s/.test(gloss.trim()) || /[a-z]{3}/.test(gloss)
const words = (gloss: string): number => gloss.trim().split(/\s+/).length
// An acronym spelt out defines the report's own term; Roman numerals are no acronym.
const ACRONYM = /\b(?!(?:I{1,3}|IV|VI{0,3}|IX|X)\b)[A-Z]{2,}\b/
const clauseGloss = (m: RegExpMatchArray): boolean => prose(m[2]!) && !ACRONYM.test(m[2]!) && (AFTER_CLAUSE.test(m[1]!) || CLAUSE_END.test(m[2]!.trim()))
const glossesOnPage = oncePer((texts: readonly string[]) => texts.reduce((n, t) => n + [...t.matchAll(GLOSS)].filter(clauseGloss).length, 0))

// An English word an anti-copy script glued into a Chinese word ("求真务striving,扎实工作"). Chinese
// reports write English terms in capitals or between spaces (APP, Word, "使用 Excel 表格"); a run
// of five or more lower-case letters pressed between characters is an insert.
const INSERT = /(?<=[\u3400-\u9fff])[a-z]{5,}(?=[\u3400-\u9fff,，。;；、])/g

// A letter or two dropped inside a Chinese word by a scanner or a copy script ("患i者", "服Ws务", "医r院"): the
// characters on either side make a common word without them. (B超, X光, T恤 make none: "做超", "拍光", "穿恤".)
// Capitals stay: acronyms and names (OA系统, 此IP地址, 大S) and placeholders (X市X区, 全XX县) are the text's own.
const STRAY_LETTERS = /(?<=[\u4e00-\u9fff])(?:[a-wyz]|[A-Z][a-z]|[a-z][A-Za-z])(?=[\u4e00-\u9fff])/g
const joinsWord = (text: string, at: number, end: number): boolean => isCommonWord(text.slice(at - 1, at) + text.slice(end, end + 1))
// A name in quotes is written as its owners spell it ("办电e站通", 《i志愿》): a letter inside it is the name's.
const QUOTED_NAME = /[“"「『《][^“”"「」『』《》]{1,16}[”"」』》]/g
const quotedSpans = (text: string): [number, number][] => [...text.matchAll(QUOTED_NAME)].map((q) => [q.index, q.index + q[0].length])

export const latinInsert: Rule = {
  id: 'inline-splice/latin-insert',
  kind: 'inline-splice',
  description: 'English words and stray lower-case letters glued into Chinese words by an anti-copy script or a scanner (求真务striving,扎实; 服Ws务, 医r院), and English glosses in brackets after the Chinese they translate',
  scope: 'inline',
  test: (block, doc) => {
    const spans: [number, number][] = []
    const bilingual = GLOSS_MARK.test(block.text) && glossesOnPage(doc.texts) >= PAGE_GLOSSES
    for (const m of block.text.matchAll(GLOSS)) {
      const closesHeading = m.index + m[0].length >= block.text.trimEnd().length && prose(m[2]!) && !ACRONYM.test(m[2]!)
      if ((clauseGloss(m) && (words(m[2]!) >= LONG_GLOSS || bilingual)) || (closesHeading && bilingual)) spans.push([m.index, m.index + m[0].length])
    }
    INSERT.lastIndex = 0
    for (let m = INSERT.exec(block.text); m; m = INSERT.exec(block.text)) {
      // Placeholders (xxxxx平方米) stand for a number the template left out: they are the text's own.
      if (!/^x+$/.test(m[0])) spans.push([m.index, m.index + m[0].length])
    }
    STRAY_LETTERS.lastIndex = 0
    let quoted: [number, number][] | undefined
    for (let m = STRAY_LETTERS.exec(block.text); m; m = STRAY_LETTERS.exec(block.text)) {
      if (!joinsWord(block.text, m.index, m.index + m[0].length)) continue
      quoted ??= quotedSpans(block.text)
      const at = m.index
      if (!quoted.some(([a, b]) => a < at && at < b)) spans.push([at, at + m[0].length])
    }
    spans.sort((a, b) => a[0] - b[0])
    return spans.length ? { reason: 'Latin letters inserted into the text', spans } : undefined
  },
  examples: {
    // A bilingual page: two clauses carry their English gloss.
    context: ['同志们:(Comrades:)', '今天召开全镇工作推进会。(Today we hold the promotion meeting.)'],
    drop: ['一、充分肯定2022年取得的成绩 [I. Fully affirm the achievements of 2022]', '第一,做强特色产业。(First, strengthen the characteristic industries.)全年完成2个基地建设。', '全体教职工凝心聚力,求真务striving,扎实工作。', '进一步improve教学质量', '为高血压患i者建立档案', '签约服Ws务覆盖全村', '县人民医r院派出专家'],
    keep: ['现已完成签约xxx户xxxxx平方米', '熟练使用 Excel 表格', '引导群众下载APP', '推广使用WiFi网络', '开展ABC英语角活动', '为孕妇做B超检查', '拍X光片12人次', '发放文化衫和T恤', '补充维C和维D', '上线局机关OA系统', '制定《X市X区工作方案》', '获评全XX县先进单位', '配备自动体外除颤器(AED)3台', '推行项目式学习(Project Learning)模式', '胸痛中心(Chest Pain Center, CPC)持续规范运行。', '推行“办电e站通”,低压小微企业接电时间压减至5天'],
  },
}
