/**
 * One-to-one character folding for matching: full-width ASCII → half-width, CJK punctuation →
 * its ASCII twin, a few traditional characters → simplified. Every character maps to exactly
 * one character, so an index in the folded text is the same index in the caller's text.
 */

// Traditional → simplified for characters that occur in numbers, dates, units and
// administrative words; enough for matching, not a general converter.
const TRAD = '萬億時個場項與開點餘兩參舉辦會議動縣區鄉鎮級單們實發員為於屆週門間報數據關組織導領題資團體費務應類農業歲處傳統計劃總結當頁佈閱讀權載檔簡覽網號態條際隊設這說對將從過還進運達選邊陸陽隨雙雜離難電靈頭顯風飛養館馬驗鬥魚麗黨齊齡龍構標樣機歡歷氣漢潔熱燈爭獎環現產畫療盡監眾礎確禮稅穩競筆節範紀約紅紛紙細終給絡經綜綠維緊線練績繼續聯聲職聽腦舊藝藥術衛補裝製規視親覺觀訂訓記許訪評試話該詳認語調談請論諮講謝證識護讓貢財質購賽車軍轉輔輕郵醫銀錄錢長陣陳險雲響順預頻額願飯鬧塊協寶幫廣慶廳義樂書買賣優價華廠髮變啓圍圖壇壞備復奪奮娛學寧憲宮寬審賓層島師帶幹並庫廢異棄張彈強歸徹憶懷戀驚慣戰戶擴掃揚擾撫擁擇擠揮損換攜攝擺敵斷無晉曉殺來楊極槍櫃樹橋檢樓歐畢匯溝沒濟瀏測濃塗潤漲漸溫遊灣滿濫災煉煙煩燒愛獵獻瑪暢皺盞鹽蓋盤礦碼磚礙禍種積稱窮竊豎籠築簽糧糾纖純綱納縱紹繞繪絕緒緩編緣縮羅罰罷聰肅勝髒捨艦蘇薦獲營蕭慮虛襯襲見譽討訊訴詞譯詩誠詢誤諸諾課誰謀謂謹譜貝負責賢敗貨販貧貫貼貴貿賦賞賠賴賺贊趕趨躍踐軌輪軟較輛輩輝輸辭遼遷遠違連遲適遞邏遺鄧鄰鄭醞醬釋裏鑑針鐘鋼鐵鋪鏈銷鎖鋒錯鍵鍛閃閉問闖閒聞闊陰階隱霧靜韓頂須顧頓顏飲飾驅駛駐騎騙鳥雞麥黃齒臨曆後晝婦勞兒聖誕孃'
const SIMP = '万亿时个场项与开点余两参举办会议动县区乡镇级单们实发员为于届周门间报数据关组织导领题资团体费务应类农业岁处传统计划总结当页布阅读权载档简览网号态条际队设这说对将从过还进运达选边陆阳随双杂离难电灵头显风飞养馆马验斗鱼丽党齐龄龙构标样机欢历气汉洁热灯争奖环现产画疗尽监众础确礼税稳竞笔节范纪约红纷纸细终给络经综绿维紧线练绩继续联声职听脑旧艺药术卫补装制规视亲觉观订训记许访评试话该详认语调谈请论咨讲谢证识护让贡财质购赛车军转辅轻邮医银录钱长阵陈险云响顺预频额愿饭闹块协宝帮广庆厅义乐书买卖优价华厂发变启围图坛坏备复夺奋娱学宁宪宫宽审宾层岛师带干并库废异弃张弹强归彻忆怀恋惊惯战户扩扫扬扰抚拥择挤挥损换携摄摆敌断无晋晓杀来杨极枪柜树桥检楼欧毕汇沟没济浏测浓涂润涨渐温游湾满滥灾炼烟烦烧爱猎献玛畅皱盏盐盖盘矿码砖碍祸种积称穷窃竖笼筑签粮纠纤纯纲纳纵绍绕绘绝绪缓编缘缩罗罚罢聪肃胜脏舍舰苏荐获营萧虑虚衬袭见誉讨讯诉词译诗诚询误诸诺课谁谋谓谨谱贝负责贤败货贩贫贯贴贵贸赋赏赔赖赚赞赶趋跃践轨轮软较辆辈辉输辞辽迁远违连迟适递逻遗邓邻郑酝酱释里鉴针钟钢铁铺链销锁锋错键锻闪闭问闯闲闻阔阴阶隐雾静韩顶须顾顿颜饮饰驱驶驻骑骗鸟鸡麦黄齿临历后昼妇劳儿圣诞娘'

const PUNCT: Record<string, string> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?',
  '\u3000': ' ', '\u00a0': ' ', '－': '-', '～': '~', '．': '.', '％': '%',
}

const MAP = new Map<string, string>()
for (let i = 0; i < TRAD.length; i++) MAP.set(TRAD[i]!, SIMP[i]!)
for (const [from, to] of Object.entries(PUNCT)) MAP.set(from, to)

// Full-width ASCII FF01..FF5E → 0021..007E, in the same map.
for (let code = 0xff01; code <= 0xff5e; code++) MAP.set(String.fromCharCode(code), String.fromCharCode(code - 0xfee0))

const escapeClass = (ch: string) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch)
// Every foldable character in one class: replace() then runs natively.
const FOLDABLE = new RegExp(`[${[...MAP.keys()].map(escapeClass).join('')}]`, 'g')
const replaceChar = (ch: string) => MAP.get(ch) ?? ch

// Most text has nothing to fold (normalized pages are half-width): a table lookup per code unit
// answers that several times faster than testing the large character class. Every key is one
// BMP code unit.
const FOLDABLE_UNIT = new Uint8Array(0x10000)
for (const ch of MAP.keys()) FOLDABLE_UNIT[ch.charCodeAt(0)] = 1

function hasFoldable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FOLDABLE_UNIT[text.charCodeAt(i)] === 1) return true
  return false
}

// Text that does need folding (a traditional-character page) is folded by every rule that reads
// it: remember recent results instead of folding them again.
const MEMO = new Map<string, string>()
const MEMO_MAX = 4096
const MEMO_MIN_LENGTH = 24

/** Folds width, CJK punctuation and common traditional characters; the result has the same length. */
export function fold(text: string): string {
  if (!hasFoldable(text)) return text
  if (text.length < MEMO_MIN_LENGTH) return text.replace(FOLDABLE, replaceChar)
  let out = MEMO.get(text)
  if (out === undefined) {
    out = text.replace(FOLDABLE, replaceChar)
    if (MEMO.size >= MEMO_MAX) MEMO.clear()
    MEMO.set(text, out)
  }
  return out
}

/** Forgets remembered results (benchmarks call it so repeated pages are not measured as free). */
export function clearFoldMemo(): void {
  MEMO.clear()
}
