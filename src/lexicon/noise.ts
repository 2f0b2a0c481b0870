/**
 * Noise that sites inject inside sentences, as data: pinyin readings, anti-copy watermark
 * symbols, gambling-spam vocabulary. The inline rules build their patterns from these once.
 */

/** Pinyin vowels with a tone mark: a reading in brackets carries at least one. */
export const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ'

/**
 * ASCII symbols that never stand between two Chinese characters in prose: anti-copy watermarks
 * interleave site words with them (心}语%文, 文`库*小). Book titles (<<>>), slashes and plus signs
 * (党建+扶贫) are left out on purpose; the asterisk of a masked name (张*明) and the brackets of a
 * citation ([1]) are in, and count only beside other symbols (the rule's weak ones); so is the ampersand of R&D.
 */
export const WATERMARK_SYMBOLS = '}{%[]@#^~\\$`*&'

/**
 * Words of gambling and casino spam. Most of them a report may use of its own work (打击网络赌博,
 * 检查娱乐场所, 捣毁赌场): they mark spam glued to a brand, a code or a site word (SPAM_ONLY_WORDS aside).
 */
export const GAMBLING_WORDS = [
  '买球', '投注', '下注', '博彩', '赌场', '赌博', '赌球', '盘口', '赔率', '百家乐', '老虎机', '真人视讯', '彩金', '娱乐城',
  '娱乐场', '电子游艺', '返水', '真人荷官', '真人娱乐', '真人百家乐', '送彩金', '棋牌游戏', '体育投注', '开户送', '首存', '网上赌', '网赌提现', '六合彩', '时时彩', '北京赛车',
] as const

/** Gambling words no report uses, even of what it seized (百家乐, 老虎机 and 买球 it does): spam wherever they stand. */
export const SPAM_ONLY_WORDS = ['真人视讯', '真人荷官', '真人百家乐', '开户送', '首存', '返水', '送彩金'] as const

/**
 * Words of a loan advertisement (无抵押当天到账, 黑户也能批): a report may name one or two (推出无抵押、当天到账的信用贷款);
 * three in one short clause, one beside a chat contact, or two with one no lender writes (LOAN_AD_ONLY_WORDS) are the advertisement.
 */
export const LOAN_AD_WORDS = ['无抵押', '免抵押', '当天到账', '当日到账', '秒到账', '秒批', '秒下款', '黑户', '征信不好', '不看征信', '免审核', '快速放款', '当天放款', '秒放款', '急用钱', '闪电借款', '日息低', '低息秒贷'] as const
/** A service sold beside a chat contact (代写各类总结材料,加微信…; 代开各类正规发票 微信…): an advertisement with its contact. */
export const SERVICE_AD_WORDS = ['代写', '代开', '代办', '刷单', '兼职', '发票'] as const
/**
 * Chat apps an advertisement gives its contact on, as spam spells them to pass filters (薇信, 威信, V信) as well as
 * plainly; a bare V or Q is one only before a colon or a plus (V:ab123, Q:8372).
 */
export const CHAT_APPS = ['微信', '薇信', '威信', '徽信', 'V信', 'v信', 'vx', 'VX', 'QQ', 'qq'] as const
/** A chat account's id as an advertisement writes it: Latin letters, digits, and stars when it is masked (xz****06). */
export const CHAT_ID_CHARS = '[A-Za-z0-9_*-]'
export const LOAN_AD_ONLY_WORDS = ['黑户', '征信不好', '不看征信', '秒下款', '急用钱', '闪电借款', '日息低', '低息秒贷'] as const

/**
 * An offer to bet, play or borrow that names no brand (体育赛事代投 日赚千元稳赚不赔, 幸运转盘天天抽充值百元返现五十,
 * 真人百家乐线上开户, 免押金借款最快秒到账): words run together that are, one by one, a report's too (开户, 充值,
 * 借款, 捕鱼, 百家乐 it seized). The offer is two of them with one no report writes of its own work
 * (SPAM_OFFER_ONLY_WORDS), a game (GAMBLING_WORDS, SPAM_OFFER_GAMES) with a deal (SPAM_DEAL_WORDS), or three deals.
 */
export const SPAM_OFFER_ONLY_WORDS = ['代投', '日赚', '稳赚不赔', '稳赚', '包赢', '躺赚', '带单', '回血', '天天抽', '幸运转盘', '下载送', '注册送', '注册就送', '注册即送', '首充'] as const
export const SPAM_DEAL_WORDS = ['开户', '充值', '提现', '返现', '返利', '彩金', '秒到账', '免押金', '借款', '网贷', '秒批', '下款', '放款'] as const
export const SPAM_OFFER_GAMES = ['捕鱼', '真人', '棋牌'] as const

/** Tournaments a betting advertisement names right before its word (世界杯买球, 欧洲杯投注); places (澳门葡京酒店) do not make one. */
export const SPAM_EVENTS = ['欧洲杯', '世界杯', '亚洲杯', 'NBA', '英超', '中超'] as const

/** Site words after a spam term that only an advertisement has (…官网, …下载, …app); 平台 and 网站 prose has too. */
export const SPAM_SITE_SUFFIXES = ['官方网站', '官方网址', '官方直营', '官网', '网址', '入口', '下载', 'app下载', 'APP下载', '网页版', '手机版', 'app', 'APP', '盘口'] as const

/** Brand names that Chinese gambling spam is built on (a city or a bookmaker's name); alone they name a place or a firm (澳门, 金沙江, 威尼斯). */
export const GAMBLING_BRANDS = [
  '威尼斯人', '威尼斯', '葡京', '新葡京', '金沙', '永利', '太阳城', '皇冠体育', '威廉希尔', '立博', '必发', '亚博', '开云',
  '乐鱼', '华体会', '九游', '米乐', '半岛体育', '星空体育', '爱游戏', '雷竞技', '博天堂', '欧宝', '澳门', 'bet365', 'BET365',
] as const

/** What a spam term ends with: the site it advertises. */
export const SPAM_SUFFIXES = ['官方网站', '官方网址', '官方直营', '官网', '平台', '网址', '入口', '下载', 'app下载', 'APP下载', '网页版', '手机版', 'app', 'APP', '盘口'] as const

/** Categories that are gambling by themselves after an ASCII brand ("xx娱乐", "xx棋牌"); 体育 needs a site word too. */
export const GAMBLING_CATEGORY = ['娱乐', '彩票', '棋牌', '真人', '电竞', '电子'] as const

/** Sports/entertainment words a spam brand is glued to (OB体育, XX娱乐). */
export const SPAM_CATEGORY = ['体育', '娱乐', '彩票', '棋牌', '电竞', '真人', '电子'] as const

/** Words a spam term may open with before its anchor (英国威廉希尔, 世界杯买球). */
export const SPAM_PREFIXES = ['英国', '美国', '澳门', '香港', '亚洲', '中国', '欧洲杯', '世界杯', '亚洲杯', '足球', '篮球', 'NBA', '英超', '中超', '网上', '线上', '在线'] as const

/** ASCII words that are ordinary in Chinese reports: never a spam brand on their own. */
export const COMMON_ASCII = ['APP', 'App', 'app', 'PPT', 'ppt', 'PDF', 'pdf', 'QQ', 'OA', 'VIP', 'vip', 'WiFi', 'wifi', 'WIFI', 'IT', 'AI', 'CEO', 'GDP', 'LED', 'U'] as const

/** Words of an ownership stamp a site prints inside the text ("本资料权属某某网"). */
export const OWNERSHIP_CUES = ['权属', '版权归', '版权属于', '来源于', '来自', '首发于', '整理自', '转载自', '出自'] as const

/** What a site says to guard a text it claims (某某文库独家 禁止复制, (某某·防盗)). */
export const COPY_GUARDS = ['防盗版', '防盗', '禁止复制', '禁止转载', '严禁转载', '谢绝转载', '禁止搬运', '严禁搬运', '谢绝搬运', '盗版必究', '侵权必究', '翻版必究'] as const

/** What a site says it did to a text it credits itself with, after its name (某某范文网整理). */
export const SITE_CREDIT_VERBS = ['整理', '提供', '原创', '编辑', '收集', '发布', '摘编', '编辑整理'] as const

/** Words that mark a bracketed insert as the name of a website (范文网, 文库). */
export const SITE_NAME_WORDS = ['范文', '文库', '文档', '作文', '资料', '素材', '题库', '公文', '文秘', '网', '站'] as const
/** The site words that name a site on their own (范文, 文库, 资料 …): a bare 网 or 站 may be the unit's own portal. */
export const DOCUMENT_SITE_WORDS: readonly string[] = SITE_NAME_WORDS.filter((w) => w.length > 1)
/** The same site words spelled in Latin letters, as a site's handle spells them (某某wenku, abc·fanwen, 某某doc). */
export const SITE_ROMANIZED_WORDS = ['wenku', 'wendang', 'fanwen', 'ziliao', 'sucai', 'docs', 'doc', 'wk', 'fw'] as const
/** Words that end a news outlet's name (某某网, 某某日报, 某某融媒, 某某发布): the outlet a dateline or a stamp names. */
export const OUTLET_ENDINGS = ['网', '报', '台', '社', '新闻', '客户端', '融媒', '在线', '发布', '传媒'] as const

/** Secrecy notes an intranet stamps beside its reader's name (内部资料 某某 2024-04-16, 请勿外传·某某). */
export const SECRECY_NOTES = ['内部资料', '请勿外传', '严禁外传', '注意保密'] as const
