/**
 * Bytes → string. Signals are tried in a fixed order (caller, HTTP header, BOM, <meta>,
 * detection) but a declared charset is checked against the bytes, because doc sites often
 * declare GB2312 over UTF-8 bytes or the reverse, and mojibake must never reach the text.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { DocsiftError } from '../errors.js'

/** Where the charset used came from (reported for debugging, not part of the output schema). */
export type CharsetSource = 'caller' | 'content-type' | 'bom' | 'meta' | 'detected' | 'default'

const HEAD_SCAN_BYTES = 4096
const DETECT_SAMPLE_BYTES = 64 * 1024
const CHARSET_PARAM = /charset\s{0,4}=\s{0,4}["']?([\w.:-]{1,40})/i
const META_TAG = /<meta\b[^>]{0,400}>/gi
// GB2312 and GBK are subsets of GB18030: decoding with the superset never loses characters.
const ALIASES: Readonly<Record<string, string>> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'gb_2312-80': 'gb18030',
  'iso-ir-58': 'gb18030', 'csgb2312': 'gb18030', 'x-euc-cn': 'gb18030', 'euc-cn': 'gb18030',
  gb18030: 'gb18030', big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', cp950: 'big5',
  utf8: 'utf-8', 'utf-8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
}
// Frequent Chinese characters in both scripts: a decoding that yields them is a right one.
const COMMON =
  '的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于着下自之年过過发發后作里用道行所然家种種事成方多经經么去法学學如都同现現当當没動动面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并物手应應战向头頭文体體政美相见見被利什二等产產或新己制身果加西月话話合回特代内信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几口认認条條平系气氣题題活更别打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直资資命山金指许許统統区區保至队隊形社便空决決治展科司五基书書非则則听白却界达達光放强強即难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑风風步改收根干造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准布始怎存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众衆构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够章音跟志底站严嚴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗双雙境客纪紀采举舉杀殺攻父苏蘇密低朝友诉訴止细細愿千值仍男钱錢破网網热熱助倒育属屬坐帝限船脸臉职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假久错錯承印晚兰蘭试試股拿脑腦预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適波夜省初喜卫衛源食险險待述陆陸习習置居劳勞财財环環排福纳納欢歡雷警获獲模充负負云停木游龙龍树樹疑层層冷洲冲射略范竟句室异異激汉漢村哈策演简簡卡罪判担擔州静靜退既衣您宗积積余痛检檢差富灵靈协協角占配征修皮挥揮胜勝降阶階审審沉坚堅善妈媽刘劉读讀啊超免压壓银銀买買皇养養伊怀懷执執副乱亂抗犯追帮幫宣佛岁歲航优優怪香著田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈洋哥索胡款靠评評版宝寶座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升监監临臨亮露永呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍渐漸封救贵貴枪槍缺楼樓县縣尚毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘谢謝鲁魯遇康虑慮幸均销銷钟鐘诗詩藏赶趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額含顺順输輸摇搖招婚脱脫补補谓謂督毒油疗療旅泽澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒烟煙授诺諾伦倫岸奥奧唐卖賣俄炸载載洛健堂旁宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶頂玉镇鎮雪午练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸训訓私庄莊祖丝絲翻暴森塔默握戏戲隐隱熟骨访訪弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲刀床迎冰虚虛玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库庫迹跡尤竞競街促延震弃棄甲伟偉麻川申缓緩潜潛闪閃售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰筑築折郑鄭贝貝尊吴吳秀混臣雅振染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆擺梅毁毀伸摩盟末乃悲拍丁赵趙键鍵孔瓦袭襲磨活动動总结結工作学校校园展开开展组织织宣传传单位位领导导'
const COMMON_SET = new Set(COMMON)

/** Maps a charset label to the name iconv-lite decodes with, or null when unknown. */
export function normalizeCharset(label: string): string | null {
  const key = label.trim().toLowerCase()
  const name = ALIASES[key] ?? key
  return iconv.encodingExists(name) ? name : null
}

/** Reads the charset parameter of a Content-Type value (`text/html; charset=gbk` → `gbk`). */
export function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null
  return CHARSET_PARAM.exec(contentType)?.[1] ?? null
}

/** The encoding a byte-order mark announces, with the BOM's length. */
export function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | null {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 }
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 }
  return null
}

/** The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB declares. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, HEAD_SCAN_BYTES)).toString('latin1')
  for (const match of head.matchAll(META_TAG)) {
    const found = CHARSET_PARAM.exec(match[0])?.[1]
    if (found) return found
  }
  return null
}

/** The bytes decoded as UTF-8 (a leading BOM dropped), or null when they are not valid UTF-8: one pass does both. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, DETECT_SAMPLE_BYTES * 4)
  for (let i = 0; i < n; i++) if (bytes[i]! >= 0x80) return true
  return false
}

// Share of bad sequences UTF-8 text may have and still be read as UTF-8 (above one bad byte).
const NEARLY_UTF8_ERROR_SHARE = 0.02
const NEARLY_UTF8_MIN_CHARS = 4

/**
 * UTF-8 decoding of bytes that are UTF-8 but for a few bad or truncated sequences: at most one
 * bad place, or one per 50 multi-byte characters; null when the bytes are something else. A bad
 * place is a run of U+FFFD (one broken lead byte orphans its continuation bytes); `errors`
 * counts the U+FFFD characters.
 */
export function nearlyUtf8(bytes: Uint8Array): { text: string; errors: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes)
  let errors = 0
  let places = 0
  let multibyte = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0xfffd) {
      errors++
      if (text.charCodeAt(i - 1) !== 0xfffd) places++
    } else if (code >= 0x80 && (code < 0xdc00 || code > 0xdfff)) multibyte++
  }
  if (places === 0 || multibyte < NEARLY_UTF8_MIN_CHARS) return null
  return places <= Math.max(1, multibyte * NEARLY_UTF8_ERROR_SHARE) ? { text, errors } : null
}

/**
 * How plausible a decoding is as Chinese text: share of non-ASCII characters that are common
 * Chinese characters or CJK punctuation, minus replacement, control and private-use characters.
 */
export function decodingQuality(text: string): number {
  let nonAscii = 0
  let good = 0
  let bad = 0
  const n = Math.min(text.length, DETECT_SAMPLE_BYTES)
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (code < 0x09 || (code > 0x0d && code < 0x20)) bad++
      continue
    }
    nonAscii++
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || (code >= 0x80 && code < 0xa0)) bad += 3
    else if (COMMON_SET.has(text[i]!) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) good++
  }
  return nonAscii === 0 ? 1 : (good - bad) / nonAscii
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function bestOf(bytes: Uint8Array, candidates: readonly string[]): { text: string; charset: string; quality: number } {
  let best = { text: '', charset: 'utf-8', quality: -Infinity }
  for (const charset of new Set(candidates)) {
    const text = decodeWith(bytes, charset)
    const quality = decodingQuality(text)
    if (quality > best.quality) best = { text, charset, quality }
  }
  return best
}

function detectCandidates(bytes: Uint8Array): string[] {
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES)
  const found: string[] = []
  for (const match of chardet.analyse(sample).slice(0, 4)) {
    const name = normalizeCharset(match.name)
    if (name && match.confidence >= 10) found.push(name)
  }
  return [...found, 'utf-8', 'gb18030', 'big5']
}

/**
 * Decodes page bytes: caller charset, Content-Type, BOM, `<meta>`, then detection; a declared
 * charset that the bytes contradict (valid UTF-8 declared as GBK, GBK declared as UTF-8) is overridden.
 * @example
 * decodeBytes(iconv.encode('<p>总结</p>', 'gbk'), { charset: 'gbk' }).text // '<p>总结</p>'
 */
export function decodeBytes(
  bytes: Uint8Array,
  opts: { charset?: string; contentType?: string },
): { text: string; charset: string; source: CharsetSource; errors?: number } {
  if (opts.charset) {
    const name = normalizeCharset(opts.charset)
    if (!name) throw new DocsiftError('BAD_ENCODING', `unknown charset "${opts.charset}"`)
    return { text: decodeWith(bytes, name), charset: name, source: 'caller' }
  }
  const bom = charsetFromBom(bytes)
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset, source: 'bom' }
  if (!hasHighBytes(bytes)) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'default' }

  const header = charsetFromContentType(opts.contentType)
  const meta = header ? null : charsetFromMeta(bytes)
  const declared = normalizeCharset(header ?? meta ?? '')
  const source: CharsetSource = header ? 'content-type' : 'meta'
  const utf8 = strictUtf8(bytes)

  // Multi-byte text that is valid UTF-8 is almost never anything else, whatever is declared.
  if (utf8 !== null && declared !== 'utf-16le' && declared !== 'utf-16be') {
    return { text: utf8, charset: 'utf-8', source: declared === 'utf-8' ? source : 'detected' }
  }
  // One bad or truncated byte in UTF-8 text must not send it to detection (windows-1252 mojibake,
  // then "no Chinese" and an empty result): nearly valid UTF-8 is UTF-8, its bad bytes U+FFFD.
  const nearly = declared === 'utf-16le' || declared === 'utf-16be' ? null : nearlyUtf8(bytes)
  if (nearly) return { text: nearly.text, charset: 'utf-8', source: declared === 'utf-8' ? source : 'detected', errors: nearly.errors }
  if (declared && declared !== 'utf-8') {
    const text = decodeWith(bytes, declared)
    const quality = decodingQuality(text)
    if (quality >= 0.5) return { text, charset: declared, source }
    const other = bestOf(bytes, detectCandidates(bytes))
    return other.quality > quality + 0.1
      ? { text: other.text, charset: other.charset, source: 'detected' }
      : { text, charset: declared, source }
  }
  const best = bestOf(bytes, detectCandidates(bytes).filter((c) => c !== 'utf-8'))
  if (best.quality < -0.5) throw new DocsiftError('BAD_ENCODING', 'bytes decode to no plausible text in any charset')
  return { text: best.text, charset: best.charset, source: 'detected' }
}
