/**
 * Page furniture of doc-sharing and 范文 sites, as data. Each list feeds one rule; a test
 * rejects duplicates and phrases that would hit a fixture's kept snippet.
 */

/** Download/preview/refund/infringement notices and customer-service lines. */
export const DISCLAIMER_PHRASES = [
  // A search engine's cached copy of the page.
  '请使用WPS或', 'OFFICE软件打开', 'Office软件打开', '网页快照', '历史副本', '存档副本', '原网页可能已更新', '查询词已被高亮', '搜索词已高亮', '当前页面可能已经变化', '您的查询词', '快照保存', '的快照。', '搜索字词已突出显示', '当前页面可能已经更改', '查看纯文本版本', '以原站为准', '以原网站为准', '以原页面为准', '以原网页为准',
  '请输入提取码', '输入提取码', '虚拟商品一经售出', '文档预览图', '写下第一条留言', '写下第一条评论', '精选留言暂无', '网页的缓存', '缓存版本', '抓取保存', '页面可能已经更新', '标出检索词', '检索词已', '与该网页的作者无关', '与网页作者无关', '不对其内容负责', '不对网页内容承担',
  // A mirror's note on converting the script (由简体原文经程式自动转为正体…).
  '简体原文', '转为正体', '繁简转换', '自动转换为繁体',
  '下载文档前请自行甄别', '平台不提供额外的编辑', '仅部分预览', '仅供预览', '可反馈申请退款', '可完整预览的文档不适用',
  '如文档侵犯您的权益', '人工客服工作时间', '请联系客服', '联系客服反馈', '客服QQ',
  '侵权请联系', '如有侵权请', '侵删', '下载声明', '免责声明', '上传文档赚钱', '版权申诉', '付费下载', '下载券', '下载积分',
  '立即下载', '点击下载', '下载本文档', '下载文档到电脑', '使用更方便', 'VIP专享', '开通VIP', '会员免费下载', '全部分类',
  '资源描述', '精品文档就在这里', '各类专业好文档', '值得你下载', '文档简介', '合集下载', '本文档下载后',
  '文档贡献者', '该文档贡献者很忙', '不看了,直接下载', '阅读已结束', '用户下载',
  '微信扫一扫', '分享到:', '收藏本站', '设为首页', '加入收藏', '打印本页', '关闭窗口', '返回顶部',
] as const

/**
 * Platform phrases a report may say of its own work ("居民可扫码关注…公众号。", "开通了在线客服。"):
 * they mark a notice only on a line that makes no sentence.
 */
export const DISCLAIMER_PROSE_PHRASES = ['扫码关注', '欢迎来到', '帮助中心', '上传文档', '在线客服', '客服电话', '客服微信', '友情提示'] as const

/** Copyright and upload statements. */
export const COPYRIGHT_PHRASES = [
  '版权说明:本文档由用户提供并上传', '本文档由用户提供并上传', '收益归属内容提供方', '若内容存在侵权', '请进行举报或认领',
  '版权归原作者所有', '版权归作者所有', '本文版权归', '如需转载请联系', '转载请联系', '本站所有文章', '文章来源于网络', '本文来源于网络',
  '仅供学习交流', '所有资源均来源于网络', '本站不拥有所有权', '如有侵权,请联系', '未经许可,不得转载', '版权所有', '版权声明',
  '转载请注明', '如有侵权', '若有侵权', '联系删除', '仅代表其个人观点', '仅代表作者本人观点',
  '不允许二次传播', '禁止转载', '严禁转载', '不得转载', '谢绝转载', '不表明本站', '用户自发贡献', '观点仅代表', '如发现侵权', '不代表本站', '不代表本网', '仅供网友表达',
] as const

/** "下载后可任意编辑", "可编辑修改": a converted document's stamp that it can be edited once downloaded. */
export const EDITABLE_STAMP = /下载后?可(?:任意|自由|随意)?编辑(?:修改)?|可编辑可修改/g

/** Stamps sites print inside the text itself; removed as spans wherever they stand. */
export const STAMP_PHRASES = [
  '精选优质文档-倾情为你奉上', '精选优质文档----倾情为你奉上', '范文仅供参考,自行编辑使用', '专心---专注---专业',
  '本文档可编辑', '可编辑版', '(可编辑)', '(word版)', '(完整版)', '(精华版)', '(最新版)', '(优选)',
] as const

/** Navigation labels that make up a whole line on their own. */
export const NAV_WORDS = [
  '首页', '上一篇', '下一篇', '返回列表', '收藏', '分享', '举报', '书签', '打印', '关闭', '评论', '点赞', '登录', '注册',
  '字号', '大', '中', '小', '默认', '全文阅读', '在线阅读', '全屏', '下载', '手机版', '电脑版', '目录', '更多', '热门',
  '推荐', '搜索', '合集下载', '文档简介', '下载本文档', '免费下载', '阅读全文', '展开全文', '查看全文',
  '往期检索', '往期回顾', '返回本版', '返回目录', '语音朗读', '写留言', '关闭本页',
  // A portal's accessibility and service bar (无障碍 / 长者模式 / 读屏 …, 办事指南 · 在线申报).
  '无障碍', '无障碍浏览', '长者模式', '关怀版', '关怀模式', '大字版', '读屏', '读屏服务', '语音播报', '繁体', '简体', '网站导航',
  '网站地图', '办事大厅', '办事指南', '在线申报', '在线办事', '我要纠错', '我要咨询', '我要留言',
  // A company site's top menu (网站首页 关于我们 … 在线留言 联系我们).
  '网站首页', '关于我们', '联系我们', '在线留言',
  // A writing platform's AI buttons (AI续写 · 换个风格 · 扩写润色).
  'AI续写', 'AI改写', 'AI扩写', 'AI润色', '扩写润色', '换个风格', '一键生成', '一键改写',
] as const

/** A line starting with one of these is a breadcrumb. */
export const BREADCRUMB_STARTS = ['当前位置', '您的位置', '你的位置', '您现在的位置', '你现在的位置', '所在位置', '位置:首页'] as const

/** Upload/download metadata keys ("上传人:", "页数:"…). */
export const META_KEYS = [
  '上传人', '上传者', '上传时间', '上传日期', '上传于', '文档编号', '文档ID', '资源ID', '格式', '文档格式', '页数', '大小',
  '文件大小', '下载积分', '下载次数', '浏览次数', '阅读次数', '浏览量', '阅读量', '发布时间', '发表时间', '更新时间',
  '来源', '作者', '小编', '编辑', '责任编辑', '类型', '所属分类', '分类', '栏目', '标签', '关键词', '字数', '点击', '点击数',
  '热度', '贡献者', '发布者', '发布人', '发布日期', '价格', '金币', '积分', '评分', '收藏数', '时间', '日期', '适用',
] as const

/** Template intro cues: a sentence with one of these is a 范文 site's intro, not the document. */
export const INTRO_CUES = [
  '小编', '仅供参考', '供大家参考', '供大家借鉴', '帮助到大家', '对大家有所帮助', '对大家有帮助', '对大家的工作和学习有',
  '一起来看看吧', '大家一起来看看', '欢迎阅读', '欢迎大家阅读', '欢迎借鉴', '欢迎参考', '希望对你有', '希望对您有',
  '怎么写?下面', '怎么写?以下', '下面是关于', '以下是关于', '为大家整理', '给大家整理', '为大家收集', '为大家带来',
  '为您呈现', '为您带来', '为您推荐', '为您分享', '为你推荐', '为您精选', '为你精选', '可参照修改', '不知从哪下笔', '本站精选', '为您精挑细选', '精挑细选', '以供您', '供您参考',
  '热心的网友', '网友为您', '一文来源于网友上传',
  '【范文参考】', '【参考范文】', '修改使用', '写作的素材', '写作素材', '为大家分享', '给大家分享', '为你整理', '为您整理', '感谢阅读', '敬请阅读', '以供参考', '仅作参考', '希望能够帮助', '希望能帮到你', '希望能帮到您', '希望能帮到大家', '只供借鉴', '仅供借鉴', '仅作学习交流', '写作有所启发',
] as const

/**
 * The document's closing formula ("以上报告,请予评议。", "以上意见,供大家参考。谢谢大家!", "不妥之处,敬请批评指正。"): its last words,
 * whatever stands around them; and a speaker's turn to their points ("下面,我讲三点意见,供大家参考。"), which offers them the same way.
 */
export const CLOSING_FORMULA = /^(?:以上(?:报告|述职|汇报|发言|总结|讲话|意见|几点(?:意见|体会|建议|想法)?|是我的)|不妥之处|(?:敬请|恳请|请)(?:各位)?(?:领导|代表|同志们?)?(?:批评指正|审议|评议))|^下面[,，]?\s?我(?:再|就)?(?:讲|谈|说)(?:[一二三四五六两几]点|几句)/

/**
 * Intro cues as shapes, where the site puts words of its own inside the phrase ("…供大家写作时借鉴", "…由网友投稿,
 * 经编辑整理后发布"): the reader offered the text to borrow from, or the site telling how it came by it.
 */
export const INTRO_SHAPES: readonly RegExp[] = [
  // The writing they may borrow it for is named: a document offers its own lines "供各位老师参考" too.
  /供(?:大家|各位|您|你们?|读者|网友)(?:笔友|网友|读者|朋友|同仁|同行)?(?:在)?(?:写作|写稿|写材料|撰写|起草)[^。!！?？,，]{0,4}?(?:借鉴|参考)/,
  // …or offered to the reader as "你", which no document calls its reader.
  /(?:供|给)(?:你|你们)(?:参考|借鉴)/,
  // …or told it works once changed a little ("按自己社区的情况改一改就能用").
  /(?:改一改|改改|稍加修改|稍作修改|稍微改改|稍改)就(?:能|可以)(?:用|使用|套用)/,
  /(?:网友|用户|读者)投稿[,，]?\s?(?:经|由)?(?:编辑|小编|本站)?(?:整理|审核)/,
  /(?:网|站|文库)的?编辑(?:从|为|给|替)[^。,，]{0,8}(?:投稿|挑|选|整理)/,
  /(?:大家|各位|你们?)(?:可以|直接)?拿去(?:改|用|参考|套用)/,
  // …or told to take it and change it, whoever is addressed ("拿去改改就能用").
  /拿去(?:改改|改一改|稍加修改|套用)/,
  // The site picking one or a few documents out for the reader to borrow from ("某某编辑挑出两篇供大家对照借鉴",
  // "某某从投稿里挑了这一篇…拿去改改就能用"): a document's 选出10篇优秀论文 lends them to no one.
  // The site handing the text over after its own words on the genre ("来看一份乡镇…的第三季度总结。", "下面这篇…的年度总结按…展开"):
  // a document does not point at itself as one specimen of its kind.
  // The site saying it gathered the text for the reader ("下面是本站为大家搜罗的…", "为您精心挑选的"), whatever its verb.
  /(?:本站|小编|编辑)(?:为|给)(?:大家|您|你)(?:精心)?(?:搜罗|搜集|收集|挑选|准备|汇集|筛选)/,
  // …or under its own name, pointing at what follows ("以下是某某吧为你精心挑选的…范文", "以下是某某屋网友分享的一篇…总结").
  /^(?:以下|下面)(?:是|为)[^。!！?？,，]{1,12}?(?:为|给)(?:大家|您|你)(?:精心)?(?:搜罗|搜集|收集|挑选|准备|汇集|筛选|整理|推荐)/,
  /^(?:以下|下面)(?:是|为)[^。!！?？,，]{1,12}?(?:网友|用户|读者|作者)(?:上传)?(?:分享|投稿|上传|提供)的/,
  // The site's editor who picked the text, by name or not ("本站编辑整理了这篇述职范文", "…范文集锦,由某某网编辑挑选整理").
  /(?:本站|本网|小编|编辑)(?:精心)?(?:整理|收集|挑选|搜集|汇编|选编)了?(?:这|一|几)(?:篇|份)/,
  /由[^。!！?？,，]{1,10}?(?:编辑|小编)(?:精心)?(?:挑选|整理|收集|汇编|选编)/,
  /[\u4e00-\u9fff]{1,6}?(?:网|库|站|吧|阁|屋|苑|汇)(?:精心)?(?:收集|整理|挑选|搜集|汇编|选编){1,2}了?(?:这|一|几|两|三)(?:篇|份)/,
  // The reader told to fit the text to their own unit ("大家可结合本单位实际参考使用"): a document's own units are told to carry it out.
  /(?:大家|各位读者|读者|你|您)(?:可|可以)?(?:结合|根据|联系)(?:本单位|自身|自己|所在单位|单位)的?实际(?:情况)?(?:参考|借鉴|修改|改写)(?:使用)?/,
  /^(?:来看|请看|一起看看|下面这|以下这)(?:一)?(?:篇|份)[^。!！?？]{0,30}(?:总结|计划|述职报告|报告|方案|讲话稿?)/,
  /(?:挑|选|找)(?:出|了|来){0,2}(?:这|两|三|几|[一二三四五六七八九十\d]{1,2})一?篇[^。!！?？]{0,30}?(?:供|拿去|借鉴|参照|照搬|套用)/,
  /给(?:有需要的)?(?:坛友|网友|朋友们?|同行们?|小伙伴)(?:们)?(?:参考|借鉴)/,
  // An answerer's opener on a Q&A page ("谢邀。…下面给一篇我帮朋友改过的稿子,大家按自己的情况改。").
  /^谢邀[。,，!！~～\s]/,
  /(?:下面|这里|以下)(?:给|分享|贴)(?:大家)?(?:一篇|一份)[^。!！?？]{0,20}(?:稿子|范文|材料|模板)/,
  // A post's headline praising the text it carries to the reader ("…,这篇办公室主任的述职报告思路清晰,值得收藏").
  /(?:这|此)(?:一)?篇[^。!！?？]{0,24}(?:总结|计划|述职报告|述职|报告|方案|讲话稿?|范文)[^。!！?？]{0,12}(?:值得收藏|建议收藏|收藏备用|赶紧收藏|码住)/,
]

/**
 * The uploader's own word on the text: written by themself and shared, or put up for the forum's elders to look over
 * ("自己写的,领导说还行,分享给需要的朋友", "楼主原创,刚写完的…,求各位前辈帮忙指点一下", "分享一篇我去年交上去的,供参考"). It stands on a line of its own or in
 * brackets before the first sentence, never run on into the text as a 范文 site's intro is: the rules that read it take
 * that line or that bracket only.
 */
export const UPLOADER_NOTES: readonly RegExp[] = [
  /分享(?:一|这)篇[^。!！?？]{0,24}?(?:供参考|参考一下|改改就能用|就能用)/,
  /(?:自己写的|本人原创|原创)[^。!！?？]{0,16}?分享给(?:有需要的|需要的)(?:朋友|同事|坛友|网友|人|小伙伴)/,
  /(?:楼主|本人)?(?:原创|自己写的|刚写完)[^。!！?？]{0,16}?(?:求|请)(?:各位)?(?:前辈|大佬|大神|坛友|网友)(?:们)?(?:帮忙)?(?:指点|看看|提提?意见|改改)/,
  // A first-time poster asking to be spared ("第一次在这里发帖,…写了两个晚上,大家轻拍哈~").
  /(?:第一次|头一回)(?:在这里|在论坛)?发帖|(?:大家|各位)求?轻拍|求轻拍|求拍砖/,
  // A poster passing on someone's text ("今天把一位朋友的述职稿分享出来(人名单位已做处理),大家可以借鉴结构").
  /把[^。!！?？]{0,16}(?:稿子?|文章|总结|报告|材料|范文)分享(?:出来|给大家)[^。!！?？]{0,30}(?:借鉴|参考|照抄)/,
]

/** Generic leads: a paragraph that talks about the genre itself ("总结是…", "如何写好一份计划"). */
export const GENERIC_LEAD_PATTERNS = [
  /^(?:一份|一篇)?(?:工作)?(?:总结|计划|方案|报告|述职报告|心得体会|汇报)(?:是|就是|可以|能够|能|一般|通常|作为|对于)/,
  /(?:写|起草|拟定)(?:好)?(?:一份|一篇)(?:[^。]{0,10})(?:总结|计划|方案|报告)/,
  /那么(?:[^。]{0,8})(?:总结|计划|方案|报告)(?:[^。]{0,12})(?:呢|吗)/,
  /(?:总结|计划|方案|报告)有什么格式/,
  /如何(?:把|才能|写|写好)(?:[^。]{0,10})(?:总结|计划|方案|报告)/,
  /(?:时光飞逝|时间飞逝|光阴似箭|日月如梭|转眼间|不知不觉中)[^。]{0,40}(?:是时候|该|要)(?:[^。]{0,10})(?:写|做)(?:[^。]{0,6})(?:总结|计划)/,
  // The site's own digest or its editor's note over the text ("导读:文章从…四个方面梳理了…", "内容摘要:2023年,市残联围绕……",
  // "编者按:全民阅读是…").
  /^(?:导读|本文导读|内容摘要|内容提要|文章摘要|文档摘要|编者按)\s?[:：]/,
] as const

/**
 * A platform's machine-written digest over the text ("✦ AI导读:这篇总结回顾了…", "AI摘要 | 本文总结了…", "某某熊AI摘要丨…", "📌 核心要点:①…"):
 * labelled as the machine's, or as key points behind the site's mark. A document's own 摘要: or 要点 has neither.
 */
export const MACHINE_DIGEST = /^(?:[^\u4e00-\u9fffA-Za-z0-9]{0,3}\s?(?:[\u4e00-\u9fffA-Za-z]{1,6}?\s?)?(?:AI|ai|智能)\s?(?:导读|摘要|总结|速览|速读|要点|解读|概要|提炼|概述)|[^\u4e00-\u9fffA-Za-z0-9(（【\[〔]{1,3}\s?(?:核心要点|要点速览|内容速览|全文速览|一句话总结|本文要点|划重点))\s?[:：|｜丨]/

/** Headings of trailing lists of other documents: this line and everything after it go. */
export const RELATED_HEADINGS = [
  '相关文档', '最新文档', '猜你喜欢', '相关推荐', 'Related documents', 'Related articles', 'Related posts', 'Related', '热门文档', '相关阅读', '推荐阅读', '相关文章', '热门推荐', '更多相关文档',
  '延伸阅读', '相关范文', '热门范文', '精彩推荐', '你可能喜欢', '您可能喜欢', '你可能感兴趣', '最新更新', '相关专题', '相关资料',
  '热门搜索', '推荐文档', '本类热门', '最新范文', '同类文章', '相关内容', '精选推荐', '热门阅读', '更多精彩', '猜您喜欢',
  '相关问题', '相关新闻', '相关报道', '相关文档推荐', '相关推荐文档', '相关阅读推荐', '为您推荐', '大家都在看', '热门文章', '最新文章',
  '热门排行', '本周热门', '点击排行', '阅读排行', '同类文档', '相关范文推荐', '本文相关范文', '更多相关内容', '其他人还下载了',
  '附件下载', '相关附件', '附件列表', '往期推荐', '往期精选', '往期文章',
] as const

/** Verbs a news headline reports its event with (某某县妇联召开执委会议, 我县举办首期家政培训班): a site's list of its other news. */
export const HEADLINE_EVENT_VERBS = [
  '召开', '举办', '举行', '开展', '启动', '部署', '荣获', '获评', '当选', '出席', '调研', '走访', '考察', '签约', '揭牌', '开幕',
  '闭幕', '圆满', '慰问', '督导', '检查', '召集', '发布', '印发', '组织',
] as const

/** Preview and page markers, as patterns (matched on folded text). */
export const PAGE_MARKER_LINES: readonly RegExp[] = [
  /_第\s?\d{1,4}\s?页$/,
  // The end of the text, between dashes or dots, maybe with a reader's prompt ("——本文完——", "— END —", "全文完 · 觉得有用就点个赞吧").
  // A text that goes on elsewhere: "(未完,接下页)", "(未完待续)".
  /^[(（]?未完[,，]?\s?(?:待续|接下页|见下页|请看下页|转下页)?[)）]?$/,
  // …glued at the end of the text it cut off ("…同时要求各村……(未完)").
  /[(（]\s?未完(?:待续)?(?:[,，]\s?[^()（）]{2,12})?\s?[)）]$/,
  /^[-—–=~·\s]*(?:本文完|全文完|正文完|END|The End)[-—–=~\s]*(?:[·|]\s?[^。]{0,20})?$/i,
  /^已阅读\d{1,4}页/,
  // A periodical's running page header ("第148期 第3版", "某某集团报·第4版").
  /^第\s?\d{1,4}\s?期\s*第\s?\d{1,2}\s?版$/,
  // A form system's pager ("—— 第 57 份 / 共 63 份 ——").
  /^[-—\s]*第\s?\d{1,5}\s?份\s?[/,，]?\s?共\s?\d{1,5}\s?份[-—\s]*$/,
  /^[\u4e00-\u9fff]{2,16}(?:报|刊|周刊|简报)\s?[·•・\s]\s?(?:第\s?\d{1,4}\s?期\s?)?第\s?\d{1,2}\s?版$/,
  // A compilation's variants listed or locked ("目录: 篇一 | 篇二 | 篇三", "篇三【剩余3篇为会员专享内容】").
  /^(?:目录\s?[:：]\s?)?(?:篇\s?[一二三四五六七八九十\d]{1,3}\s?[|｜,，、/\s]*){2,}$/,
  /剩余\s?\d{1,3}\s?篇.{0,12}(?:会员|VIP|付费|下载|登录)/i,
  // …or by their titles, each closing on its variant's number, none opening on a section's ("本文目录:某某总结(一) · 某某总结范文(二) · …").
  /^(?:本文|本页)?目录\s?[:：]\s?(?:[^(（:：一二三四五六七八九十\d][^(（:：]{1,29}[(（][一二三四五六七八九十\d]{1,2}[)）]\s?[·•|｜,，、/\s]*){2,}$/,
  // The site's table of contents of the text on one line, its headings parted by marks ("本文目录 ▸ 全年指标完成情况 ▸ …").
  /^(?:本文|本页|文章|全文)目录\s?[:：▸>|｜]?\s?(?:[^▸>|｜·]{2,24}\s?[▸>|｜·]\s?){2,}[^▸>|｜·]{2,24}$/,
  // Page n of m in every spacing and order: "第 2 页, 共 12 页", "第1页/共9页", "-38篇(第12/64页)".
  /^第\s?\d{1,4}\s?页\s?[/,,]?\s?共\s?\d{1,4}\s?页$/,
  /第\s?\d{1,4}\s?\/\s?\d{1,4}\s?页/,
  // Word field codes left in converted documents.
  /^(?:PAGE|NUMPAGES|MERGEFORMAT)(?:\s.*)?$/,
  // "(未完,全文共1367字,当前显示281字)": a preview that shows part of the text.
  /全文共\s?\d{1,7}\s?字|当前显示\s?\d{1,7}\s?字|此处隐藏\s?\d[\d,]{0,8}\s?个?字|(?:支付|付费)\s?\d+(?:\.\d{1,2})?\s?元\s?(?:即可)?解锁|解锁(?:全文|完整内容|剩余内容)/,
  /还剩\d{1,5}页未读/,
  /^(?:继续)?免费阅读(?:全文)?$/,
  /^继续阅读$/,
  // A fold button alone on its line ("展开全部", "收起全文"); its arrow is read off before.
  /^(?:点击)?(?:展开|收起|显示)(?:全部|全文|阅读全文|更多)$/,
  /免费预览已结束/,
  // A fold over the rest ("……以下为隐藏内容,展开后继续阅读……"): the hidden part, or the reader told to open it.
  /^[.…\-—\s]*(?:以下|下面|剩余|其余)?(?:为|是)?隐藏(?:的)?(?:内容|部分|文字)|展开后(?:继续|即可)?(?:阅读|查看)/,
  /^预览已结束/,
  /剩余\d{1,5}页未读/,
  /^本文档共\d{1,5}页/,
  // Paywalls and previews in other words: "试读结束,完整内容请下载", "剩余2000字,点击阅读全文", "展开剩余78%",
  // "……(此处省略部分内容)……", "以上为预览内容", "登录后查看完整内容", "点击加载更多".
  /试读(?:已)?结束|预览结束|完整版请下载|仅展示(?:前|部分)|(?:继续阅读|点击进入)下一页|点击展开(?:全文|剩余|全部|阅读)|(?:余下|剩余)\s?(?:全文|\d[\d,]{0,8}\s?(?:字|页|%))|此处省略|省略部分内容|预览内容|(?:登录|下载|付费)后(?:可)?(?:查看|阅读)(?:完整|全文|全部)|下载(?:原文档|原文|全文|文档)(?:后)?(?:查看|阅读)(?:完整|全文|全部)|完整内容请(?:下载|登录)|^付费阅读|^(?:点击)?加载(?:中|更多)|打开\s?(?:APP|App|app)\s?(?:阅读|查看)(?:全文|完整内容|剩余内容)|打开[\u4e00-\u9fff]{0,6}(?:APP|App|app)[,，]?\s?(?:免费)?(?:看|查看|阅读)(?:完整|全文|全部)|剩余(?:内容|部分|全文)(?:需|请)?(?:下载|登录|付费)后?(?:查看|阅读)?/,
  // A host's line announcing the document it prints next ("↓↓↓ 全文来了 ↓↓↓", "------ 以下为原文 ------",
  // "现将讲话全文刊发如下:", "附:某某县民政局2023年工作总结全文").
  // An English viewer's end of preview ("Preview ends here").
  /^[-—–=~·\s]*(?:preview ends here|end of preview|read the full document)/i,
  /^[-—=~·↓▼⬇\s]*(?:以下(?:为|是)(?:原文|全文)|全文(?:如下|来了)|(?:现将|特将).{0,24}(?:全文|原文)(?:刊发|转发|发布|推送)?如下|附\s?[:：].{2,30}全文)[:：]?[-—=~·↓▼⬇\s]*$/,
  // A viewer's preview page between dashes ("—— 预览页 1 ——").
  /^[-—–=~·\s]*预览页\s?\d{1,4}[-—–=~·\s]*$/,
  // A converter's page of pages in English ("Page 2 of 3"), wherever it stands on its line.
  /\bpage\s?\d{1,4}\s?(?:of|\/)\s?\d{1,4}\b/i,
  // Page numbers in other forms: "第1页", "Page 2", "·2·", "共 4 页 当前第 1 页", "(本文共2页,当前第1页)".
  /^第\s?\d{1,4}\s?页$|^page\s?\d{1,4}$|^[·•]\s?\d{1,4}\s?[·•]$|共\s?\d{1,4}\s?页\s?[,，]?\s?(?:当前|现为|现在是)(?:为)?第?\s?\d{1,4}\s?页|当前(?:为)?第\s?\d{1,4}\s?页\s?[,，/]?\s?共\s?\d{1,4}\s?页/i,
  // A line stating the document's size alone: "(本文共计3页)", "全文共12页", "【共5页】".
  /^[(（【\[]?(?:本文档?|全文|文档|该文档)?(?:共计|共有|共)\s?\d{1,5}\s?页[)）】\]]?$/,
  /^[-—–]\s?\d{1,4}\s?(?:\/\s?\d{1,4}\s?)?[-—–]$/,
  // A browser's print header and footer: the time and the page's title, the address and n/m.
  /^\d{4}\/\d{1,2}\/\d{1,2}\s\d{1,2}:\d{2}\s+\S.{0,40}[_|-]\s?\S.{0,30}$/,
  /^(?:https?:\/\/\S+|\S+\.s?html?)\s+\d{1,3}\s?\/\s?\d{1,3}$/,
  // A page that failed to load, and a video player's controls.
  /^(?:\[图片\]\s?)?(?:网络不给力|加载失败|视频加载失败|图片加载失败)[,，]?\s?(?:请)?(?:点击|刷新)?重试$|^倍速\s?[\d.]+[xX倍]?\s.{0,12}(?:清晰度|全屏)/,
  // A slide-sharing site's slide numbers (第3张幻灯片).
  /^第\s?\d{1,3}\s?张幻灯片$/,
  /^\d{1,3}$/,
  /^\d{1,4}\s?\/\s?\d{1,4}$/,
  /^下载文档到电脑/,
  /还剩\s?\d{1,4}\s?页未读/,
  // Page n of m the other way round and in a viewer's words: "正在显示第 2 页,全文共 4 页", "第2页(共4页)".
  /第\s?\d{1,4}\s?页\s?[,,(（]?\s?(?:全文|全书|文档)?共\s?\d{1,4}\s?页/,
  // The end of a viewer's document or a chat's long message split in parts.
  /^(?:已(?:到|至)(?:文档|文章|本文)?(?:末尾|结尾|底部)|没有更多了|已经到底了)/,
  /^消息过长[,，]?\s?以下为第\s?\d{1,3}\s?条/,
  // A table of contents: an entry's dot leaders and page number ("一、年度目标完成情况 ……… 1"), its heading.
  /^.{1,40}?\s?(?:…{3,}|\.{6,}|·{6,}|-{6,})\s?\d{0,4}$/,
  /^目\s?录(?:\s?[(（][^)）]{0,10}[)）])?$/,
]

/**
 * Page markers inside running text: preview cuts ("……此处隐藏15229个字……") and the page footers of a
 * converted document that its text runs across ("…新建 3 所,第 1 页 共 9 页扩建有 3 所", "…读书沙龙 - 2 - 共开展24场"), between
 * dashes closing a line that stops mid-sentence or before the figure the next line goes on with ("…不少于— 2 —" / "6个月"),
 * a fold's link closing the text it folds ("…联合检查……展开阅读全文∨"), a viewer's page counter spaced around its slash
 * after a line that stops mid-word ("…确定施工单 2 / 6"; a fraction of the text's own is written 2/3).
 */
export const INLINE_PAGE_MARKER = /[.…\-—]{0,6}此处隐藏\d[\d,]{0,8}个?字(?:[,,]?下载后查看)?[.…\-—]{0,6}|第\s?\d{1,4}\s?页\s?[/,,]?\s?共\s?\d{1,4}\s?页|—{1,2}\s?第\s?\d{1,4}\s?页\s?—{1,2}|[(（](?:下转|上接|接上|转下|转至|接第|转第)第?\s?[\dA-Z一二三四五六七八九十]{1,3}\s?版[)）]|[［\[【〔]第\s?\d{1,4}\s?页[］\]】〕]|[\u4e00-\u9fff]{2,8}(?:学刊|学报|杂志|期刊)\s?\d{4}\s?年\s?第\s?\d{1,2}\s?期\s?·\s?\d{1,4}\s?·|(?<=[\u4e00-\u9fff…”"」』）)])…{0,2}[∨▼]?\s?展开(?:全部|全文|阅读全文)\s?[∨▼]?(?=[,，;；。]|\s*$)|(?<=[\u4e00-\u9fff。，,；;、])\s?[-—–]\s?\d{1,3}\s?[-—–]\s?(?=[\u4e00-\u9fff(（〔【])|(?<=[\u4e00-\u9fff，,；;、])\s?[-—–]{1,2}\s?\d{1,3}\s?[-—–]{1,2}\s*$|(?<=[\u4e00-\u9fff，,；;])\s?—{1,2}\s?\d{1,3}\s?—{1,2}\s?(?=\d)|(?<=[。!?！？])\s?[(（]第\s?\d{1,4}\s?页[)）](?=\s*$)|(?<=[\u4e00-\u9fff，,；;。])\s?[〔［【]\s?\d{1,3}\s?\/\s?\d{1,3}\s?[〕］】](?=\s*$|[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s?\d{1,3}\s\/\s\d{1,3}(?:\s*$|\s?(?=[\u4e00-\u9fff]))/g

/**
 * Words of a document-sharing site's voice. A short line with two or more different platform
 * words, at least one of them a doc-site word, is a notice of the site (reworded disclaimers
 * included), not part of a work summary.
 */
export const DOC_SITE_CUES = [
  '下载', '文档', '预览', '客服', '退款', '上传', '会员', 'VIP', '积分', '下载券', '金币', '充值', '侵权', '存储空间', '缺页',
  '乱码', '阅读器', '在线编辑',
] as const

/** Words of any website's voice: they count towards a notice only beside a doc-site word. */
export const PLATFORM_CUES = [
  ...DOC_SITE_CUES, '本站', '本平台', '平台', '网站', '版权', '举报', '登录', '注册', '权益', '侵犯', '合法性', '付费', '完整性',
  '浏览器',
] as const
