/**
 * The vocabulary of page furniture, as data: metadata keys, interface words, site-name shapes,
 * footer and caption cues. Lines built only of these are the page around the document.
 * Traditional forms need no entries: matching folds them (發佈 → 发布).
 */

/**
 * Keys of "key:value" metadata: upload, publishing and page counters, government info tables,
 * bylines. A line of such pairs with short values is metadata whatever the values are.
 */
export const META_KEYS = [
  '档号', '全宗号', '目录号', '案卷号', '件号', '题名', '责任者', '形成时间', '保管期限', '开放状态', '中文名', '外文名', '上级单位', '镜像快照时间', '留言标题', '留言对象', '留言人', '留言时间', '留言类型', '回复单位', '回复时间', '办理状态', '满意度评价', '回答者', '答主', '提问者', 'Date', 'Source', 'Author', 'Views', 'Editor', 'Posted by', 'Posted on', 'Uploaded by', 'Published', 'Tags', 'Hits', 'Pages', 'Size', 'Format', '发件人', '上传人', '上传者', '上传用户', '上传时间', '上传日期', '上传于', '上传', '发布', '发布人', '发布者', '发布时间', '发布日期', '发布于',
  '发表时间', '发表日期', '发表于', '更新时间', '更新日期', '更新于', '更新', '快照保存时间', '快照日期', '快照时间', '编辑时间', '修改时间', '归档时间', '归档日期',
  '成文日期', '生成日期', '公文生成日期', '发文日期', '发文时间', '印发日期', '文档编号', '文档ID', '资源ID', '文章ID', 'ID',
  '格式', '文档格式', '文件格式', '页数', '文档页数', '总页数', '字数', '全文字数', '本文字数', '大小', '文件大小', '文档大小',
  '下载积分', '下载次数', '下载量', '下载', '浏览次数', '浏览量', '浏览', '阅读次数', '阅读量', '阅读', '访问次数', '访问量',
  '点击', '点击数', '点击次数', '点击量', '点击率', '人气', '热度', '评论', '评论数', '收藏', '收藏数', '点赞', '分享',
  '所属分类', '分类', '栏目', '所属栏目', '类别', '文档分类', '标签', 'Tag', 'Tags', 'TAG', '关键词', '关键字', '主题词',
  '文章录入', '录入', '下载点数', '所需点数', '所需积分', '阅读记录',
  '版本', '适用版本', '软件版本', '索引号', '发布机构', '发布单位', '发布部门', '发稿部门', '供稿部门', '发文机关', '发文单位', '发文字号', '文号', '备注/文号', '信息来源', '来源', '出处', '主题分类',
  '体裁分类', '组配分类', '服务对象分类', '有效性', '认证主体', 'IP属地', '贡献者', '价格', '金币', '积分', '评分', '适用',
  '小编', '作者', '编辑', '责任编辑', '责编', '审核', '审校', '审稿', '签发', '撰稿', '供稿', '校对', '摄影', '通讯员',
  '记者', '文/图', '图/文', '文图', '初审', '复审', '终审', '编审', '美编', '字体', '字号', '投稿', '网址', '公开方式',
  '公开范围', '公开时限', '信息类别', '悬赏', '回答者', '提问者', '采纳率', '回答时间', '提问时间', '所属专题', '来源网站',
  '本文标题', '文章标题', '本文链接', '本文地址', '本文网址', '原文链接', '原文地址', '文章来源', '微信公众号', '公众号', '微信号',
  '转自', '转载自', '最后修改', '最后更新', '发布于', '分享于', '用户名', '专题', '相关标签', '投稿邮箱', '投稿信箱', '当前用户',
  '版次', '版名', '版面', '版面导航', '译者', '译文', '编辑于', '播放量', '播放', '学习时长', '今日学习时长', '收件人',
  '信件编号', '来信人', '来信时间', '信件主题', '来信主题', '来自订阅源', '订阅源', '可见范围', '接收人', '条目编号', '条目类型',
  '所属年鉴', '出版单位', '导出时间', '提案号', '案由', '公开形式', '中图分类号', '文献标识码', 'DOI', '基金项目', '收稿日期', '文章编号',
  '信息索取号', '索取号', '源文件', '转换时间', '识别时间', '下载地址', '提取码', '发稿单位', '稿件日期', '来稿', '收藏于', '保存于', '剪藏于', '创建于', '创建者', '创建人', '最近编辑', '最近编辑于', '最后编辑', '最后编辑于', '最近更新', '转藏', '文档名称', '资料名称', '认证', '内容提供方', '审核时间', '公开类型', '公开期限', '公开日期', '稿源', '原标题', '投稿人', '最新价', '涨跌幅', '股票代码', '证券代码', '成交量', '来自',
] as const

/** Time words that open a sentence right before its date (今年6月…, 近日…): never part of a credited name glued before them. */
export const SENTENCE_TIME_LEADS = ['今年', '去年', '明年', '本年', '上年', '当年', '近日', '日前', '今日', '当天', '同年', '次年'] as const

/** Keys that are metadata only with a machine-written date or time as value ("时间:2023-11-17 08:45"). */
export const DATE_KEYS = ['时间', '日期'] as const

/** Byline keys that may take their name after a space instead of a colon ("文/图 张三"). */
export const BYLINE_KEYS = ['文/图', '图/文', '文图', '记者', '通讯员', '摄影', '撰稿', '供稿', '编辑', '责任编辑', '审核', '审校', '作者'] as const

/** The keys of a story's credits (文/图, 摄影, 责编, 审校, 终审 …): the byline's and the editing desk's; 文 and 图 alone before a slash. */
export const CREDIT_KEYS = [...BYLINE_KEYS, '责编', '审稿', '校对', '签发', '初审', '复审', '终审', '编审', '美编', '文', '图'] as const

/**
 * Words of a web page's interface: navigation, accounts, comments, sharing, reading tools.
 * A short line made of them (and symbols) is the page, not the document.
 */
export const UI_WORDS = [
  '首页', '网站首页', 'Home', 'About Us', 'Contact Us', 'Quick Links', 'Online Chat', 'Share to', 'Share this', 'Print this page', 'Print', 'Close', 'Back to list', 'Previous', 'Next', 'Sitemap', 'Hot Products', '查看全部', '默认排序', '按时间排序', '写回答', '邀请回答', '上一篇', '下一篇', '上一页', '下一页', '返回', '返回列表', '返回顶部', '返回首页', '收藏', '分享', '分享到',
  '举报', '纠错', '书签', '文章详情', '已关注', '打印', '打印本页', '关闭', '关闭窗口', '评论', '参与评论', '发表评论', '网友评论', '评论列表', '回复',
  '点赞', '登录', '注册', '立即注册', '用户登录', '免费注册', '登录/注册', '退出', '账号', '密码', '忘记密码', '还没有账号',
  '字号', '字体', '字体大小', '大', '中', '小', '默认', '视力保护色', '护眼模式', '夜间模式', '背景色', '全文阅读', '在线阅读', '仅供在线预览', '仅供预览', '阅读全文', '展开全文', '查看全文', '查看更多',
  '全屏', '下载', '文档下载', '免费下载', '立即下载', '下载本文档', '手机版', '电脑版', '移动版', '目录', '本文目录', '本文目录导读',
  '导读', '更多', '热门', '推荐', '推荐文章', '推荐阅读', '最新文章', '热门文章', '搜索', '合集下载', '文档简介', '详细内容',
  '详细信息', '文章内容', '正文', '内容', '最佳答案', '最佳回答', '推荐答案', '提问者采纳', '已采纳', '满意回答', '问题描述', '购物车', '关于我们', '联系我们', '网站地图',
  '今天是', '今日天气', '天气', '扫一扫', '微信扫一扫', '二维码', '公众号', '订阅', '投稿', '会员中心', '个人中心', '帮助',
  '意见反馈', '设为首页', '加入收藏', '收藏本站', '导航', '菜单', '频道', '专题', '栏目', '文章', '资讯', '新闻', '动态',
  '查看', '阅读', '浏览', '点击', '评分', '我要打印', '我要评论', '我要纠错', '我要分享', '我要收藏', '已解决', '待解决',
  '其他回答', '我来回答', '我要提问', '在手机打开', '在手机阅读', '手机阅读', '打开当前页', '当前页', '分享本文', '阅读本文',
  '热门推荐', '分割线', '分隔线', '查看大图', '点击查看大图', '扫码阅读', '手机扫码', '扫码下载', '换一换', '换一批',
  '阅读模式', '长者模式', '无障碍浏览', '顶一下', '踩一下', '跳转到', '站内搜索', '高级搜索', '请输入关键词', '联系客服', '继续阅读',
  '立即开通', '用手机看', '最新评论', '暂无评论', '提交评论', '写下你的评论', '热门评论', '分类导航', '我的书架', '放大', '缩小', '分享至',
  '文档分类', '广告', '广告合作', '关闭广告', '正在加载', '请稍候', '有帮助吗', '这个回答对你有帮助吗', '对你有帮助吗', '没用', '简', '繁', '暂无简介', '用户评价', '有用', '没帮助', '有帮助',
  '去广告', '回列表', '回上一页', '回首页', '收藏本页', '立即购买', '预览时标签不可点', '阅读原文', '科室导航', '快速导航',
  '支持', '反对', '往期检索', '往期回顾', '返回本版', '返回目录', '语音朗读', '写留言', '显示模式', '中英对照', '点此纠错', '导出',
  '赞同', '更多回答', '已关注', '大字版', '关怀模式', '读屏', '用户点评', '语音播报', '喜欢', '收起', '收起全文', '展开阅读全文', '条评论', '条回复', '原文链接', '查看原文', '星标', '标为已读', '切换简体', '切换繁体', '简体版', '繁体版', '中文', 'English', 'ENGLISH', '收录于合集', '收录于话题', '加入书架', '全屏阅读', '转藏', '献花', '回到顶部',
  // A feed reader's read state, a phone's swipe hint.
  '未读', '已读', '上下滑动', '左右滑动',
  // A Q&A page's answer badges.
  '已被采纳', '展开全部回答', '展开全部',
] as const

/** Words that end a website's name (某某范文网, 某某文库, 某某文档站). */
export const SITE_ENDINGS = ['网', '文库', '题库', '百科', '博客', '部落格', '范文站', '文档站', '资料站', '资源站', '作文站', '学习站', '备课站', '知识站', '门户网站', '网站', '官网', '官方网站'] as const

/** What a forum, blog or Q&A page prints beside a poster's name and time (楼主 发表于 … 只看该作者). */
export const POSTER_WORDS = ['原创', '只看该作者', '只看楼主', '倒序浏览', '阅读模式', '回复该评论', '回复', '举报', '引用', '楼主', '网友', '匿名用户', '提问者', '回答者', '答主', '追问', '追答'] as const

/** Traffic words that also name what a document is about (a library's 阅读推广, a 写作 contest): a title may hold them. */
export const TOPIC_TRAFFIC_WORDS = ['阅读', '推广', '分享', '参与', '体验', '写作', '朗读', '评论'] as const

/**
 * What a community page counts beside its names, each followed by a bare number (关注 2.1万, 访客 3392, 资源 326):
 * a board's, a blog's, a space's or a studio's header.
 */
export const PAGE_COUNTER_WORDS = [
  '关注', '粉丝', '帖子', '主题', '回复', '回帖', '访客', '访问', '日志', '文章', '资源', '浏览', '阅读', '评论', '收藏', '转载',
  '点赞', '获赞', '下载', '积分', '人气', '笔记', '划线', '书签', '作品', '点击', '博文', '相册', '查看',
] as const

/** China's provinces, regions and municipalities: where a platform says a poster was (发表于湖北, IP属地:广东). */
export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '香港', '澳门',
] as const

/** Words ending in 网 that name no website: network words of ordinary prose. */
export const NOT_SITES = [
  '互联网', '物联网', '因特网', '局域网', '电网', '管网', '天网', '法网', '渔网', '球网', '铁丝网', '蜘蛛网', '关系网', '交通网',
  '路网', '水网', '林网', '光网', '宽带网', '广电网', '信息网', '服务网', '防护网', '隔离网', '安全网', '拦网', '上网', '联网',
  '入网', '组网', '织网', '撒网', '落网', '漏网', '触网', '结网', '全网', '内网', '外网', '专网',
] as const

/** Lines a site closes its pages with. */
export const FOOTER_CUES = [
  '版权所有', 'Copyright', 'copyright', 'COPYRIGHT', '©', 'ICP备', 'ICP证', '公网安备', '技术支持', '网站标识码', '网站地图', '建议使用',
  '分辨率', '主办单位', '承办单位', '维护单位', 'Powered by', 'powered by', 'All rights reserved', 'All Rights Reserved', '经营许可证',
  '不良信息举报', '位访客', '位访问者', '募捐备案', '登记证号', '统一社会信用代码',
] as const

/** Keys of contact lines in a page footer ("地址:…", "急救电话:…"). */
export const CONTACT_KEYS = ['地址', '电话', '联系电话', '咨询电话', '服务电话', '热线', '服务热线', '传真', '邮编', '邮箱', '电子邮箱', 'E-mail', 'Email', 'QQ', '微信', '急救电话', '预约电话', '举报电话'] as const

/**
 * Keys a document's own closing lines open with, after its signature and date: its appendix, copies, contact and
 * notes ("附件:1. …", "抄送:…", "联系人:…", "注:…"). A line under one is the document's, whatever words it holds.
 */
/** Keys that address a document to its readers (主送:, 报送:, 抄送:): only a document has them. */
export const ADDRESSING_KEYS = ['主送', '抄送', '抄报', '报送', '印发'] as const

export const DOCUMENT_TAIL_KEYS = [
  '附件', '附表', '附录', ...ADDRESSING_KEYS, '主题词', '联系人', '联系电话', '联系方式', '联系地址', '注', '说明', '备注',
  '签发', '签发人', '审核', '审核人', '拟稿', '拟稿人', '填报人', '填表人', '经办人', '报送人',
] as const

/** Keys of a site's own contact for business, service and complaints (客服热线, 商务合作, 投诉建议). */
export const SITE_CONTACT_KEYS = ['客服', '商务合作', '广告合作', '投诉建议', '意见反馈', '服务时间'] as const

/** Words that end an image caption line ("活动现场", "与会人员合影"). */
export const CAPTION_ENDINGS = ['现场', '合影', '合影留念', '留影', '剪影', '掠影', '照片', '图片', '瞬间', '风采', '集锦', '场景', '一角'] as const

/** Reader-facing imperatives and greetings of a site (欢迎访问…, 记住我, 请认真阅读…). */
export const SITE_VOICE = ['请查看下方', '阅读全文前', '欢迎访问', '欢迎您访问', '欢迎进入', '欢迎您进入', '欢迎光临', '欢迎您', '记住我', '记住本站', '记住本网', '牢记本站', '收藏本站', '请认真阅读', '请收藏', '请记住网址', '请记住域名'] as const

/** Greetings and imperatives a report may also write ("欢迎来到我们社区的志愿者", "扫码关注…公众号。"): the site's only on a line that makes no sentence. */
export const SITE_VOICE_PROSE = ['欢迎来到', '关注我们', '扫码关注'] as const

/**
 * Words of a web page's traffic with its reader: accounts, apps, downloads, offers, comments, ads.
 * Two or more of them make a short line the page's (下载APP,阅读更方便; 共12条评论; 新用户注册即送5天VIP).
 */
export const INTERACTION_WORDS = [
  '下载', '全文', '登录', '注册', 'VIP', 'vip', '会员', '免费', '领取', '开通', 'APP', 'App', 'app', '客户端', '公众号', '服务号', '订阅号', '视频号', '小程序',
  '评论', '试读', '预览', '付费', '积分', '优惠', '限时', '特惠', '回帖', '点击', '阅读', '收藏', '分享', '关注', '广告', '推广',
  '赞助', '有帮助', '发表于', '楼主', '沙发', '网友', '匿名用户', '打开', '复制', '链接', '全屏', '朗读', '模板', '范文', '文档',
  '文库', '素材', '写作', '海量', '一键', '体验', '参与', '点赞', '用户', '详情', '查看', '热门', '排行', '代写', '查重', '试听',
  '低至', '客服', '购买', '本页', '本文', '朋友圈', '蓝字', '蓝色小字', '二维码', '一键关注', '点这里',
  // A phone's gestures and a reader app's buttons (轻触上方蓝字, 长按识别, 左右滑动查看, 点个“在看”, 阅读原文, 扫一扫).
  '献花', '轻触', '长按', '滑动', '戳', '点个', '在看', '阅读原文', '头像', '主页', '扫一扫', 'Facebook', 'LINE', 'Twitter', '微博', 'QQ空间', '去广告',
] as const

