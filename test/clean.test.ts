/** End-to-end behaviour of clean() on realistic synthetic pages. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clean, DocsiftError } from '../src/index.js'
import { CleanResult } from '../src/schema.js'
import { seoTitle } from '../src/rules/duplicate-title/seo-title.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

describe('clean() on the seed-like page', () => {
  const result = clean(fixture('seed-like.txt'))

  it('validates against the CleanResult schema', () => {
    expect(() => CleanResult.parse(result)).not.toThrow()
  })

  it('keeps the title once, first', () => {
    expect(result.title).toBe(result.blocks[0]!.text)
    expect(result.blocks[0]!.kind).toBe('title')
    const squashed = result.text.replace(/\s/g, '')
    expect(squashed.split(result.title!).length - 1).toBe(1)
  })

  it('drops the spliced 我院 paragraph and the spliced title, with reasons', () => {
    expect(result.text).not.toMatch(/我院/)
    const offtopic = result.removed.filter((r) => r.rule === 'offtopic/spliced-paragraph')
    expect(offtopic).toHaveLength(1)
    expect(offtopic[0]!.text).toMatch(/我院/)
    // The reason names the signals, not just a score: this paragraph speaks as another unit.
    expect(offtopic[0]!.reason).toMatch(/another unit|another document's voice/)
    const splice = result.removed.filter((r) => r.rule === 'inline-splice/spliced-title')
    expect(splice.length).toBeGreaterThan(0)
    expect(splice[0]!.text).toMatch(/^[(（].*(?:总结|计划|方案|报告)[)）]$/)
  })

  it('rejoins hard wraps: no body line ends mid-word before a wrapped continuation', () => {
    for (const b of result.blocks.filter((x) => x.kind === 'paragraph').slice(0, -1)) {
      expect(b.text, b.text).toMatch(/[。!?;:”)]$/)
    }
  })

  it('cuts the related-documents tail and flags truncation', () => {
    expect(result.text).not.toMatch(/相关文档|最新文档/)
    expect(result.flags.truncated).toBe(true)
    expect(result.flags.truncatedBy).toBe('mid-sentence')
  })

  it('reports removal offsets that point at the removed text in the normalized input', () => {
    for (const r of result.removed) expect(result.input.slice(r.offset, r.offset + r.length)).toBe(r.text)
  })

  it('reports block offsets into its own text', () => {
    for (const b of result.blocks) expect(result.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text)
  })
})

describe('clean() layouts', () => {
  it('splits a compilation page into documents with their own titles', () => {
    const r = clean(fixture('jqrsd-1.txt'))
    expect(r.documents.length).toBeGreaterThanOrEqual(2)
    expect(r.flags.compilation).toBe(true)
    for (const d of r.documents) expect(d.text.length).toBeGreaterThan(50)
  })

  it('unfolds a one-line page with a glued title (wenke99 layout)', () => {
    const r = clean(fixture('wenke99-1.txt'))
    expect(r.blocks[0]!.kind).toBe('title')
    expect(r.removed.some((x) => x.kind === 'template-intro')).toBe(true)
  })

  it('splits a title line that runs on into its first heading, behind a line the rules do not know', () => {
    const r = clean('版权说明:本文档由用户提供并上传,若内容存在侵权,请进行举报或认领\n资料简介\n消防疏散演练总结一、演练概况\n(一)演练目的\n本次演练检验了学校应急预案的可操作性,全校师生一千二百余人参加。')
    expect(r.title).toBe('消防疏散演练总结')
    const lines = r.text.split('\n')
    expect(lines[lines.indexOf('消防疏散演练总结') + 1]).toBe('一、演练概况')
    // An ordinary short title line with no heading behind it is left alone.
    expect(clean('社区消防演练总结\n本次演练检验了应急预案,居民三百余人参加。').title).toBe('社区消防演练总结')
  })

  it('removes page-chunk numbers and rejoins the word they split (zixin layout)', () => {
    const r = clean(fixture('zixin-1.txt'))
    expect(r.removed.filter((x) => x.rule === 'page-marker/page-chunk').length).toBeGreaterThanOrEqual(1)
  })

  it('keeps a genuine document whole', () => {
    for (const name of ['clean-1.txt', 'clean-2.txt', 'clean-3.txt', 'clean-4.txt']) {
      const raw = fixture(name)
      const r = clean(raw)
      expect(r.removed, name).toEqual([])
      expect(r.text.replace(/\s/g, '')).toBe(raw.replace(/\s/g, ''))
    }
  })

  it("keeps a plan's own contact block above its signature, and a URL line that closes a wrapped sentence", () => {
    const page = [
      '某某县妇联2025年家庭教育工作计划',
      '为深入推进家庭教育工作,结合我县实际,制定本计划。',
      '一、全年开展家庭教育讲座24场,覆盖家长3000人次以上,建成家长学校示范点5个。',
      '9月:推出“新学期家长第一课”线上直播,回放可登录“某某女性”网站',
      '(www.example.org.cn)观看。',
      '10月至11月:开展家庭教育优秀案例征集评选。',
      '',
      '联系人:县妇联家庭和儿童工作部 某某某',
      '联系电话:(0000)1234567',
      '',
      '某某县妇女联合会',
      '2025年1月10日',
    ].join('\n')
    const r = clean(page)
    expect(r.removed).toEqual([])
  })

  it('keeps an address in quotes that a sentence of the document leads to with a colon, and cuts a bare one in the tail', () => {
    const page = [
      '某某青少年活动中心2024年春季兴趣班招生方案',
      '为丰富青少年课余生活,中心将于3月开设书法、科学、舞蹈等兴趣班12个,计划招收学员360名。',
      '学员家长可登录中心报名系统在线报名:',
      '“https://bm.example.cn/2024cx”',
      '报名时间为2月26日至3月3日,名额按报名先后顺序确定,额满即止。',
      'www.example-wenku.com',
    ].join('\n')
    const r = clean(page)
    expect(r.text).toContain('“https://bm.example.cn/2024cx”')
    expect(r.removed.map((x) => x.text)).toEqual(['www.example-wenku.com'])
  })

  it("keeps the title when a site's intro follows it on its line after a space", () => {
    const page = [
      '2023年某某实验小学食堂管理工作总结　总结是对一段时间工作的回顾与反思,以下是某某居为大家带来的范文,仅作参考。',
      '本年度,学校食堂承担全校1260名师生的午餐供应任务,全年累计供餐约22万人次,未发生食品安全事故。',
      '一、严把采购关。大宗食材由区教育局统一招标确定的4家供应商配送,每批次留存检测单据。',
    ].join('\n')
    const r = clean(page)
    expect(r.title).toBe('2023年某某实验小学食堂管理工作总结')
    expect(r.text.startsWith('2023年某某实验小学食堂管理工作总结\n')).toBe(true)
    expect(r.text).not.toContain('仅作参考')
  })

  it("cuts a forum opener's request for comments and a floor's reply stamped with its time, and keeps the report", () => {
    const page = [
      '试用期转正述职报告',
      '楼主原创,刚写完的转正述职,求各位前辈帮忙指点一下哪里需要改~',
      '尊敬的各位领导、同事:',
      '我于2023年9月1日入职公司,担任行政办公室主任,至今已满六个月试用期。现将试用期工作述职如下。',
      '一、熟悉情况,理清职责。入职第一个月,我逐一走访了8个部门,梳理出办公室职责清单36项。',
      '恳请各位领导评议。',
      '述职人:某某',
      '2024年3月1日',
      '2楼 职场小白兔 回复于 2024-03-02 21:14:写得挺实在,数据要是再细一点就更好了',
    ].join('\n')
    const r = clean(page)
    expect(r.text).not.toContain('求各位前辈')
    expect(r.text).not.toContain('写得挺实在')
    for (const kept of ['尊敬的各位领导、同事:', '梳理出办公室职责清单36项', '恳请各位领导评议。', '2024年3月1日']) expect(r.text).toContain(kept)
  })

  describe('a line the rules leave in does not take a paragraph with it', () => {
    const title = '2021年社区消防安全工作总结'
    const body = [
      '今年以来,我社区在街道党工委的领导下,认真贯彻落实上级关于消防安全工作的部署,坚持预防为主、防消结合的方针,扎实开展消防安全宣传和隐患排查整治工作,辖区消防安全形势总体平稳。',
      '一是加强组织领导。社区成立了以党支部书记为组长的消防安全工作领导小组,明确了网格员的消防安全职责,做到了任务到人、责任到岗。',
      '二是开展隐患排查。全年共组织排查沿街商铺、出租房屋、老旧小区等场所320余家次,发现并督促整改各类隐患86处,清理楼道堆放杂物40余处。',
      '三是加强宣传教育。社区利用宣传栏、微信群等平台广泛宣传消防安全知识,组织居民开展消防演练3次,发放宣传资料2000余份,居民的消防安全意识明显增强。',
      '下一步,我社区将继续加强消防安全工作,完善消防设施,确保辖区居民生命财产安全。',
    ]
    const keepsBody = (page: string) => {
      const text = clean(page).text.replace(/\s/g, '')
      for (const p of body) expect(text, p).toContain(p.replace(/\s/g, ''))
      return text
    }

    it('a short key:value line, a furniture line or a symbol-ended line is not a paragraph wrapped at the width', () => {
      for (const line of ['联系电话:0571-86001234 邮箱:xf@sq.gov.cn', '(全文共计3页)', '关键词:消防 安全 >', '成员:李强、张敏、刘洋']) {
        keepsBody([title, ...body.slice(0, 2), line, ...body.slice(2)].join('\n'))
      }
    })

    it('a notice glued to a paragraph goes alone: at its end, in brackets, or as an intro cue', () => {
      const glued = [
        [body[1]! + '以上内容仅供参考,如有侵权请联系删除。', 'boilerplate/platform-disclaimer'],
        // A bracketed notice of the site's goes by the bracket rule, before the intro rule reads the sentence.
        [body[2]! + '【本文由某某范文网为您整理,欢迎下载】', 'inline-splice/bracketed-site'],
        [body[3]!.replace('2000余份', '2000余份(转载请注明来自某某文库)'), 'boilerplate/copyright-statement'],
      ] as const
      for (const [line, rule] of glued) {
        const page = [title, body[0]!, line, ...body.slice(1).filter((b) => !line.startsWith(b.slice(0, 8)))].join('\n')
        const r = clean(page)
        keepsBody(page)
        expect(r.removed.map((x) => x.rule), line).toEqual([rule])
        expect(r.text).not.toMatch(/侵权|某某范文网|某某文库/)
      }
    })

    it('a table keeps its header row and its rows, and a report names what police seized', () => {
      for (const table of [['项目部 | 检查次数 | 隐患数 | 整改率', '一项目部 | 6 | 23 | 100%', '二项目部 | 5 | 18 | 100%']]) {
        const page = [title, ...body.slice(0, 3), ...table, ...body.slice(3)].join('\n')
        const text = keepsBody(page)
        for (const row of table) expect(text).toContain(row.replace(/\s/g, ''))
      }
      const seized = '社区配合派出所捣毁“百家乐”赌博窝点2个,收缴老虎机、捕鱼机等赌博机具26台,打击网络赌博取得实效。'
      const r = clean([title, ...body.slice(0, 3), seized, ...body.slice(3)].join('\n'))
      expect(r.text).toContain(seized)
    })

    it('a star rating is page metadata', () => {
      const r = clean([title, '好评度:★★★★☆', ...body].join('\n'))
      expect(r.removed.find((x) => x.text.includes('★'))?.rule).toBe('metadata/key-value')
      keepsBody([title, ...body.slice(0, 2), '好评度:★★★★☆', ...body.slice(2)].join('\n'))
    })

    it('a related-reading box inside the document cuts its heading, not the rest of the document', () => {
      const page = [title, ...body.slice(0, 2), '相关阅读:', ...body.slice(2)].join('\n')
      const r = clean(page)
      expect(keepsBody(page)).not.toContain('相关阅读')
      expect(r.removed.map((x) => x.rule)).toEqual(['related-list/related-documents'])
      // Without an outline to go on, the paragraph right after it says the same.
      const plain = clean([title, ...body.slice(0, 4), '猜你喜欢', body[4]!].join('\n'))
      expect(plain.text.replace(/\s/g, '')).toContain(body[4]!.replace(/\s/g, ''))
      // At the end of the page it still closes the document, with the list after it.
      const end = clean([title, ...body, '相关阅读:', '2022年社区防汛工作总结', '街道上半年工作总结范文'].join('\n'))
      expect(end.text).not.toContain('上半年工作总结范文')
    })
  })

  it('holds a line joined from short ones to the long-line space policy, so a second clean changes nothing', () => {
    // Short lines keep the space between words ("志愿汇 APP 平台"); once rejoined into a long
    // paragraph, a space beside Chinese goes, as it would in a long line of the input.
    const page = '2021年社区志愿服务活动总结\n今年社区依托志愿汇 APP 平台招募志愿者和服务\n队伍三百余名,开展各类服务活动二十余场,参与群众八百余人次。'
    const once = clean(page).text
    expect(once).toMatch(/依托志愿汇APP平台招募志愿者和服务队伍三百余名/)
    expect(clean(once).text).toBe(once)
  })

  it('cuts a stuttered variant label whole, so a second clean finds nothing more', () => {
    const page = '篇一篇一2021年社区志愿服务活动总结\n今年社区共组织志愿服务活动二十余场,参与群众八百余人次,受到居民好评。'
    const once = clean(page)
    expect(once.title).toBe('2021年社区志愿服务活动总结')
    expect(once.removed.map((r) => r.text)).toEqual(['篇一篇一'])
    expect(clean(once.text).text).toBe(once.text)
  })

  it("keeps a unit's signature above the closing date, though the page's footer follows it", () => {
    const result = clean(fixture('blind/ha-site-6.txt'))
    expect(result.text).toMatch(/顺达物流有限公司工会委员会\n2022年12月30日$/)
    expect(result.text).not.toMatch(/收藏|Copyright/)
  })

  it("cuts a listing page's title over the first listed document's own title, worded near it", () => {
    const result = clean(fixture('blind/cj-page-9.txt'))
    expect(result.title).toBe('在桐湾村冬季农田水利基本建设动员大会上的讲话')
    expect(result.removed.map((r) => [r.rule, r.text])).toContainEqual(['duplicate-title/seo-title', '村党支部书记在冬季农田水利建设动员会上的讲话(精选3篇)'])
  })

  it('keeps a heading in square brackets numbered next after one above it, near the end of a cut-off page', () => {
    const page = ['2023年度供水所所长述职报告', '述职人:某某某(某某水务公司供水所所长)', '【一、年度目标完成情况】', '1. 管网漏损率由上年的14.6%降至11.9%,完成公司下达的目标。', '2. 全年修复各类漏点1327处,平均修复时长缩短到5小时。', '【二、主要做法】', '(一)用好调度系统。将全市压力监测点接入平台,异常时自动报警。', '(二)开展夜间听漏。组建听漏小组3个,全年发现暗漏216处。', '【三、存在的问题】', '一是部分小区二次供水设施产权不清,漏损数据'].join('\n')
    expect(clean(page).removed).toEqual([])
  })

  it("cuts a column's bare name above a news page, and keeps its headline apart from the paragraph its cut byline stood above", () => {
    const page = ['院系动态', '某某学院举办第二届“匠心杯”职业技能竞赛周', '作者:某某学院 | 发布时间:2023-11-08 | 点击:326', '11月1日至7日,某某学院第二届技能竞赛周顺利举行。本届竞赛周设钳工、电工两个项目,来自3个年级的412名学生报名参赛。', '开幕式上,学院党总支书记对参赛学生提出了要求。'].join('\n')
    const r = clean(page)
    expect(r.removed.map((x) => x.rule).sort()).toEqual(['boilerplate/column-label', 'metadata/key-value'])
    expect(r.text.split('\n').slice(0, 2)).toEqual(['某某学院举办第二届“匠心杯”职业技能竞赛周', '11月1日至7日,某某学院第二届技能竞赛周顺利举行。本届竞赛周设钳工、电工两个项目,来自3个年级的412名学生报名参赛。'])
  })

  it('cuts the title copied in square brackets before the first sentence, and the site\'s page title with the year in brackets', () => {
    const glued = clean(['2023年第三季度项目部安全生产工作总结', '【2023年第三季度项目部安全生产工作总结】7月至9月,项目部坚持安全第一方针,本季度未发生安全生产事故。', '一、安全责任落实。项目部与12个分包班组签订了安全生产责任书。'].join('\n'))
    expect(glued.removed.map((x) => x.text)).toEqual(['【2023年第三季度项目部安全生产工作总结】'])
    const seo = clean(['某某范文网——写作路上的好帮手', '社区居委会年度工作总结(2023)- 某某阁', '2023年某某社区居委会年度工作总结', '2023年,社区居委会在街道党工委的领导下扎实开展各项工作。', '一、抓好党建引领。全年召开党员大会6次,开展主题党日活动12次。'].join('\n'))
    expect(seo.removed.map((x) => x.rule)).toContain('duplicate-title/seo-title')
    expect(seo.title).toBe('2023年某某社区居委会年度工作总结')
  })

  it('cuts the title repeated with its variant label in brackets, alone or glued to the first sentence', () => {
    const title = '青禾社区2022年重阳节敬老活动总结'
    const body = '10月4日是重阳节,社区开展了系列敬老活动,共服务老年居民310余人。'
    const alone = clean(`${title}\n${title}（范文一）\n${body}`)
    expect(alone.removed.map((r) => r.text)).toEqual([`${title}（范文一）`])
    const glued = clean(`${title}\n${title}（范文一）${body}`)
    expect(glued.removed.map((r) => r.text)).toEqual([`${title}（范文一）`])
    expect(glued.text).toBe(`${title}\n${body}`)
  })

  it('cuts a bare genre word beside a document, and keeps it when it is all the page holds', () => {
    expect(clean('工作总结\n2021年社区志愿服务活动总结\n今年社区共组织志愿服务活动二十余场。').text).not.toMatch(/^工作总结$/m)
    expect(clean('工作总结').text).toBe('工作总结')
    expect(clean('篇一工作总结').text).toBe('工作总结')
  })

  it('cuts metadata glued to the end of the title line and keeps the title', () => {
    const r = clean('社区开展重阳节敬老活动总结 发布时间:2021-10-14 浏览次数:362\n10月14日,社区组织志愿者走访慰问辖区老人,送去节日祝福。')
    expect(r.title).toBe('社区开展重阳节敬老活动总结')
    const cut = r.removed.find((x) => x.rule === 'metadata/trailing-key-value')!
    expect(cut.text).toBe('发布时间:2021-10-14 浏览次数:362')
    expect(r.input.slice(cut.offset, cut.offset + cut.length)).toBe(cut.text)
  })

  it('cuts a bracketed metadata cell after the title with its brackets, and keeps a bracket the sentence opened', () => {
    const r = clean('某某县农业农村局2024年工作计划［来源:县农业农村局|2024-01-09］\n2024年,我局将以粮食安全和农民增收为主线,重点抓好六个方面工作。')
    expect(r.title).toBe('某某县农业农村局2024年工作计划')
    expect(r.removed.find((x) => x.rule === 'metadata/trailing-key-value')?.text).toBe('［来源:县农业农村局|2024-01-09］')
    const closing = clean('某某县2023年全民健身月活动总结\n全月共组织各类健身活动126场,参与群众达4.2万人次。(来源:某某文旅 编辑:某某)\n全县GDP增长5.2%。(数据来源:县统计局)')
    expect(closing.removed.map((x) => x.text)).toEqual(['(来源:某某文旅 编辑:某某)'])
    const note = '全年走访企业126家(客服在线时间:9:00-18:30)'
    expect(clean(`某某县商务局2023年工作总结\n${note}。`).text).toContain(note)
  })

  it("cuts a converted PDF's running header beside its page numbers, and not a repeated line away from them", () => {
    const page = ['某某县水利局2023年河道整治工作总结', '2023年,我局完成中小河流治理12.6公里,清理河道淤泥8.4万立方米。', '- 1 -', '某某县水利局文件',
      '全年开展河湖巡查460次,整改问题83个。', '- 2 -', '某某县水利局文件', '2024年将完成3条河道的生态护岸建设。'].join('\n')
    const r = clean(page)
    expect(r.removed.filter((x) => x.text === '某某县水利局文件')).toHaveLength(2)
    expect(r.text).toContain('整改问题83个')
    const slogans = clean(['某某社区2023年文明创建工作总结', '文明创建 人人参与', '社区开展文明劝导活动36次,参与志愿者420人次。', '文明创建 人人参与', '社区更新宣传栏12块。'].join('\n'))
    expect(slogans.removed.filter((x) => x.rule === 'page-marker/preview-marker')).toEqual([])
  })

  it('cuts a watermark of single characters between symbols and no character of the sentence after it', () => {
    const r = clean('某某区图书馆2023年读书日活动总结\n4月22日举办绘本剧场活动,吸引亲子家庭420余组参与,文`库*小%站~制@作现场办理少儿借阅证310张。')
    expect(r.removed.map((x) => x.text)).toEqual(['文`库*小%站~制@作'])
    expect(r.text).toContain('参与,现场办理少儿借阅证310张')
  })

  it("cuts a forum opener's stamp glued after the title, and ends the document at a reply on a later floor", () => {
    const page = ['2023年某某镇防汛防台工作总结　楼主:溪畔老周 | 发表于 2023-11-20 21:07 | 只看该作者',
      '今年5月至9月,我镇共经历强降雨过程9次,累计转移群众1260人,未发生人员伤亡。', '一、早谋划早部署。4月中旬召开全镇防汛防台工作动员会,与12个村签订责任书。',
      '2楼 ▏青柠梅子:沙发!我们镇今年也搞了三轮隐患排查,收藏了。', '3楼 ▏老码头123:顶～'].join('\n')
    const r = clean(page)
    expect(r.title).toBe('2023年某某镇防汛防台工作总结')
    expect(r.text).toContain('与12个村签订责任书')
    expect(r.text).not.toMatch(/青柠梅子|老码头|楼主/)
  })

  it("reads a community page's header: its counters, the opening floor, other answers after the document", () => {
    const page = ['某某社区 › 志愿者吧   关注 1.3万   帖子 4.2万', '1楼   某某小队长   回复数 25', '2023年暑期支教活动总结',
      '今年7月,我们12名队员在某某村小开展了为期三周的支教活动,共上课126节。', '一、课程安排。我们开设了美术、科学、体育三门兴趣课,参加的孩子有47名。',
      '展开全部 ∨', '其他回答(2)  某某:可以按“准备—开展—收获”三段来写。', '某某:写得很实在。'].join('\n')
    const r = clean(page)
    expect(r.text).toContain('参加的孩子有47名')
    expect(r.text).not.toMatch(/关注 1\.3万|回复数|展开全部|其他回答|写得很实在/)
    expect(r.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(['boilerplate/site-traffic', 'metadata/poster-line', 'page-marker/preview-marker']))
  })

  it("cuts the site's generic page title above the document's own title", () => {
    const r = clean('2025年企业安全生产工作计划_安全生产计划范文大全\n某某精密机械有限公司2025年安全生产工作计划\n为落实企业安全生产主体责任,结合公司实际,制定本计划。')
    expect(r.title).toBe('某某精密机械有限公司2025年安全生产工作计划')
    expect(r.removed.map((x) => [x.rule, x.text])).toEqual([['duplicate-title/seo-title', '2025年企业安全生产工作计划_安全生产计划范文大全']])
  })

  it("cuts a casino's sign-up bonus and its brand, not the sentence's measure word or a name's surname", () => {
    const r = clean('某某公司2025年安全生产工作计划\n全年完成巡查46次鸿运娱乐注册即送88元,整改隐患12处。\n由安全总监许博乐汇娱乐注册送彩金立峰带队开展培训12次。\n电梯维保单位澳门星濠娱乐场注册送88元彩金某某电梯工程有限公司按月保养。')
    expect(r.removed.map((x) => x.text)).toEqual(['鸿运娱乐注册即送88元', '博乐汇娱乐注册送彩金', '澳门星濠娱乐场注册送88元彩金'])
    expect(r.text).toContain('由安全总监许立峰带队')
    expect(clean('某某街道2023年党建工作总结\n街道党工委书记葛某某鑫博娱乐城开户即送88元彩金带队讲党课18次。').text).toContain('党工委书记葛某某带队讲党课18次')
  })

  it("cuts the site's question glued after the title, and the whole question line apart from the title", () => {
    const glued = clean('某某区图书馆2023年世界读书日系列活动总结 图书馆读书日活动总结怎么写?看看这篇范文就知道了\n4月23日是世界读书日,图书馆开展系列阅读推广活动8项。')
    expect(glued.title).toBe('某某区图书馆2023年世界读书日系列活动总结')
    // Read by the rule on an indented line, the offsets still land on the question.
    const line = '  某某区图书馆2023年世界读书日系列活动总结怎么写?看看这篇范文就知道了'
    const cut = seoTitle.test({ text: line, folded: line, index: 0, count: 2, firstBodyIndex: 1, lastBodyIndex: 1 },
      { title: null, titleIndex: -1, titleKey: '', phrases: {}, texts: [line, '4月23日是世界读书日。'], stats: undefined as never })
    expect(cut?.spans?.map(([a, b]) => line.slice(a, b))).toEqual(['怎么写?看看这篇范文就知道了'])
    expect(glued.text).toContain('开展系列阅读推广活动8项')
    const apart = clean('社区2024年工作计划怎么写?求一份能直接参考的范本\n最佳回答 ✔ 提问者采纳\n某某社区2024年工作计划\n2024年,社区将开展各类活动36次。')
    expect(apart.title).toBe('某某社区2024年工作计划')
    expect(apart.text).not.toMatch(/怎么写|最佳回答/)
  })

  it('cuts a variant label glued before the title with its separator', () => {
    const r = clean('幼儿园年度总结·甄选篇②|某某镇中心幼儿园2023年度工作总结\n2023年,我园坚持以游戏为基本活动,全园9个班286名幼儿。')
    expect(r.title).toBe('某某镇中心幼儿园2023年度工作总结')
  })

  it("cuts the site's page title glued to the first sentence under the document's own title", () => {
    const r = clean('某某物业项目部2023年年终工作总结\n2023物业项目部年终工作总结范文_物业公司年终总结2023年,项目部为小区1426户业主提供物业服务。\n全年开展消防演练4次。')
    expect(r.removed.map((x) => x.text)).toEqual(['2023物业项目部年终工作总结范文_物业公司年终总结'])
    expect(r.text).toContain('\n2023年,项目部为小区1426户业主提供物业服务。')
  })

  it("learns a site's stamp from the bracket that carries its address and cuts it in every other bracket style", () => {
    const page = ['某某县2024年防汛工作会议讲话稿', '同志们,今天召开全县防汛工作会议,主要任务是部署今年防汛工作。【范本阁example.com】',
      '一、认清形势。今年汛期降雨偏多,各乡镇要在5月1日前完成汛前检查。[example.com]', '二、压实责任。县水利局要组织开展防汛应急演练不少于2次。「范本阁收录」',
      '三、加强保障。县财政预拨防汛资金500万元(县财政局负责)。'].join('\n')
    const r = clean(page)
    expect(r.removed.map((x) => x.text)).toEqual(['【范本阁example.com】', '[example.com]', '「范本阁收录」'])
    expect(r.text).toContain('(县财政局负责)')
  })

  it("cuts an account's header with its reading counter, its name bracketed in a sentence, and its follow-us prompt", () => {
    const page = ['原创 某某观察 某某观察 2024-01-05 08:30 阅读 2.3万', '某某街道2023年垃圾分类工作总结',
      '2023年,街道在辖区9个社区全面推行“定时定点”投放,居民分类知晓率达到98%。',
      '一、完善设施。新建投放亭52座,实现分类设施小区全覆盖,【某某观察】整改破损桶站120余处。',
      '二、开展【垃圾分类进家庭】主题活动。', '下一步,街道将推动分类工作从“有”向“优”转变。喜欢本文请点击关注,每天推送本地新鲜事!'].join('\n')
    const r = clean(page)
    expect(r.removed.map((x) => x.rule)).toEqual(['metadata/poster-line', 'inline-splice/bracketed-site', 'boilerplate/site-traffic'])
    expect(r.text).toContain('实现分类设施小区全覆盖,整改破损桶站120余处。')
    expect(r.text).toContain('【垃圾分类进家庭】')
    expect(r.text).toContain('推动分类工作从“有”向“优”转变。')
  })

  it("cuts a site's intro glued before a speech's title and keeps the title", () => {
    const r = clean(['以下是某某范文网为您整理的开学典礼讲话稿,供参考。 在某某中学开学典礼上的讲话', '校长 某某某', '亲爱的老师们、同学们:',
      '大家上午好!今天,我们在这里隆重举行新学期开学典礼。首先,我代表学校向412名七年级新同学表示热烈欢迎!',
      '新学期,学校将重点做好三件事:一是启动食堂改造,9月底前完成;二是开设书法、合唱等16个社团;三是每周安排不少于5课时的体育活动。'].join('\n'))
    expect(r.text.split('\n')[0]).toBe('在某某中学开学典礼上的讲话')
    expect(r.removed.map((x) => x.text)).toEqual(['以下是某某范文网为您整理的开学典礼讲话稿,供参考。'])
  })

  it("keeps a speech's title, speaker, date and salutation on their own lines, the page's metadata cut off the date", () => {
    const r = clean(['某某先锋网 · 党建引领 · 领导讲话', '(全文共3页,现为第1页)', '在全县2024年人居环境整治工作推进会上的讲话', '县委副书记 某某某',
      '(2024年3月19日)发布:县委办公室 阅读:2046 日期:2024-03-21', '同志们:',
      '今天召开这次推进会,主要任务是总结2023年全县人居环境整治工作,部署今年重点任务。下面,我讲几点意见。',
      '一、肯定成绩', '2023年,全县共投入整治资金2.37亿元,完成农村户厕改造4860户。'].join('\n'))
    expect(r.text.split('\n').slice(0, 4)).toEqual(['在全县2024年人居环境整治工作推进会上的讲话', '县委副书记 某某某', '(2024年3月19日)', '同志们:'])
  })

  it('cuts a box of other documents set between two paragraphs, its heading and its items, and keeps the text after it', () => {
    const r = clean(['2022年公司工会工作总结', '一、维护职工权益。修订集体合同,召开职代会2次,审议通过制度5项,职工人均工资增长6.5%。',
      '相关推荐——', '· 工会个人年度述职报告范文', '· 企业工会上半年工作总结3篇', '二、关心关爱职工。开展“送温暖”活动,走访慰问困难职工46户,发放慰问金23.8万元。',
      '热门阅读', '① 2022年度工会经费审查工作总结', '② 班组长述职报告(通用版)', '三、丰富职工文化生活。举办第三届职工运动会,参赛职工640人。'].join('\n'))
    expect(r.removed.map((x) => x.text)).toEqual(['相关推荐——', '· 工会个人年度述职报告范文', '· 企业工会上半年工作总结3篇', '热门阅读', '① 2022年度工会经费审查工作总结', '② 班组长述职报告(通用版)'])
    expect(r.text).toContain('三、丰富职工文化生活。')
  })

  it("cuts the page's table of fields above the title, whatever its keys, and keeps the document's own rows below it", () => {
    const r = clean(['某某协同办公 OA | 知识文档 › 公文公告', '浏览权限:全员', '密级:内部', '发布部门:安环部', '发布人:某某',
      '某某集团2023年第三季度安全生产工作总结', '2023年第三季度,集团安全环保部坚持“安全第一、预防为主”,全面完成各项安全生产目标任务。',
      '时间:2023年9月12日', '地点:集团三楼会议室', '主持人:某某某', '会议通报了三季度隐患排查整改情况,部署了四季度重点工作。'].join('\n'))
    expect(r.removed.map((x) => x.text).slice(1)).toEqual(['浏览权限:全员', '密级:内部', '发布部门:安环部', '发布人:某某'])
    expect(r.text).toContain('时间:2023年9月12日\n地点:集团三楼会议室\n主持人:某某某')
  })

  it("cuts the title glued again before the first sentence with the site's name after its underscore", () => {
    const r = clean(['某某镇2019年防汛抗旱工作总结', '某某镇2019年防汛抗旱工作总结_某某范文搜 2019年,全镇降雨明显偏多,先后出现4次强降雨过程。',
      '一、落实防汛责任。全镇12个村全部落实包村干部。'].join('\n'))
    expect(r.removed.map((x) => x.text)).toEqual(['某某镇2019年防汛抗旱工作总结_某某范文搜 '])
    expect(r.text.split('\n')[1]).toBe('2019年,全镇降雨明显偏多,先后出现4次强降雨过程。')
  })

  it('reads a Markdown page: its lines of links and images go whole, elsewhere the markup goes and the words stay', () => {
    const r = clean(['[学校首页](https://www.example.cn/) | [学校概况](https://www.example.cn/xxgk/) | [校园动态](https://www.example.cn/xydt/)',
      '当前位置:[首页](https://www.example.cn/) >> [校园动态](https://www.example.cn/xydt/) >> 正文', '## 某某中学2024年春季田径运动会活动总结',
      '4月25日至26日,我校第十八届春季田径运动会在学校田径场举行,全校1200余名师生参加,[更多范文](https://www.example.cn/fw/)共设项目32个。',
      '![](https://www.example.cn/upload/ydh02.jpg)', '经过两天激烈角逐,共有5人次打破校运会纪录,评出体育道德风尚奖班级6个。',
      '**热门文章**', '* [我校召开2024年春季开学工作会议暨安全工作部署会](https://www.example.cn/xydt/2207.html)',
      '* [七年级开展防溺水安全教育主题班会活动总结](https://www.example.cn/xydt/2311.html)'].join('\n'))
    expect(r.text.split('\n')).toEqual(['某某中学2024年春季田径运动会活动总结',
      '4月25日至26日,我校第十八届春季田径运动会在学校田径场举行,全校1200余名师生参加,共设项目32个。',
      '经过两天激烈角逐,共有5人次打破校运会纪录,评出体育道德风尚奖班级6个。'])
    expect(r.removed.find((x) => x.text.startsWith('* [我校召开'))?.kind).toBe('related-list')
  })

  it("cuts an e-mail's header block, and keeps the document's own 时间: line", () => {
    const r = clean(['发件人: 某某教研通讯 <weekly@example.cn>', '收件人: 订阅用户 <undisclosed-recipients>', '发送时间: 2024年1月19日(周五) 07:30',
      '主　题: 【某某教研通讯·第58期】一所乡镇小学的教研年度账本', '某某县第三小学2023年教研工作总结',
      '2023年,我校教研工作以“让每一堂课都有研究味”为目标,围绕课堂改革、课题研究开展工作,全年听评课620节。', '时间:2023年12月20日'].join('\n'))
    expect(r.removed.map((x) => x.rule)).toEqual(['metadata/key-value', 'metadata/key-value', 'metadata/key-value', 'metadata/key-value'])
    expect(r.text).toContain('时间:2023年12月20日')
  })

  it("knows the thread opener by the handle above its post line and keeps the opener's later post, not the replies", () => {
    const r = clean(['[原创] 晒晒我们科上半年的工作总结', '青衫磨墨', '楼主 · 发表于 2023-7-4 22:13 · 只看该作者',
      '某某县市场监督管理局食品安全科2023年上半年工作总结', '上半年,全科共检查食品生产经营主体1260家次,立案查处违法案件37起,罚没款42.6万元。',
      '沙发 · 老鱼头 · 2023-7-4 22:31', '写得挺扎实,数字很全,建议把第二部分并到第一部分里。',
      '4# 青衫磨墨 · 2023-7-5 21:40 · 只看该作者', '三、下半年打算', '7月至8月,开展夏季食品安全专项行动,重点检查冷饮、凉菜、卤菜等高风险品种,年底前实现农村集体聚餐报备率达到95%以上。',
      '9月开学前,完成全县学校食堂“明厨亮灶”全覆盖,督促每所学校落实校长陪餐制度,10月底前完成乡厨集中培训。',
      '5# 老鱼头 · 2023-7-5 22:02', '这样完整了,第三部分问题找得准。'].join('\n'))
    expect(r.text).toContain('开展夏季食品安全专项行动')
    expect(r.text).not.toContain('建议把第二部分')
    expect(r.text).not.toContain('这样完整了')
  })

  it("keeps a compilation's second document after the first one's closing and the site's notice between them", () => {
    // A blind page (round 35): two teachers' summaries under the site's labels, the first closing on its signature and date.
    const r = clean(fixture('blind/bb-site-2.txt'))
    expect(r.documents.length).toBeGreaterThanOrEqual(2)
    expect(r.text).toContain('全年召开家长会3次')
    expect(r.text).not.toContain('本站声明')
  })

  it("keeps a document's own contact lines apart and whole above its signature", () => {
    const r = clean(['某某社区2023年工作总结', '2023年,社区围绕“党建引领、服务为民”开展工作,全年办理居民事项1260件,组织志愿服务86场。',
      '社区党群服务中心地址:某某镇枫桥路18号(菜场北侧)', '社区服务热线:0736-5528400  微信公众号:某某e家', '联系人:某某某  联系电话:0736-5528416',
      '某某镇枫桥社区居民委员会', '2023年12月28日'].join('\n'))
    expect(r.removed).toEqual([])
    expect(r.text.split('\n').some((l) => /^联系人:某某某\s*联系电话:0736-5528416$/.test(l))).toBe(true)
  })

  it("cuts the site's own page title above the document's title: the kind, a year or 最新, and the site's name", () => {
    const r = clean(['三八妇女节活动总结2022最新 - 某某文苑', '某某县妇联2022年“三八”国际妇女节系列活动总结',
      '为庆祝“三八”国际妇女节,县妇联于3月1日至10日组织开展了系列活动,全县1200余名妇女群众参加。'].join('\n'))
    expect(r.removed.map((x) => x.text)).toEqual(['三八妇女节活动总结2022最新 - 某某文苑'])
    expect(r.title).toBe('某某县妇联2022年“三八”国际妇女节系列活动总结')
  })

  it("keeps the sentences a page footer fell into, the document's closing before a notice, and its own 报送 line", () => {
    const r = clean(['某某镇2023年人居环境整治工作总结', '同志们,今年全镇共拆除违章搭建126处,改造农村户厕860户。',
      '同志们,人居环境整治只有起点、没有终点。希望大家 第 3 页 共 3 页 鼓足干劲、久久为功,为建设宜居宜业的和美乡村作出新的更大贡献!',
      '报送:某某县交通运输局　　抄送:公司各部门、各车队', '某某镇人民政府　2023年1月16日　©2023 某某健康在线 版权所有,未经授权不得转载'].join('\n'))
    expect(r.text).toContain('希望大家鼓足干劲、久久为功')
    expect(r.text).toContain('报送:某某县交通运输局')
    expect(r.text).toContain('某某镇人民政府 2023年1月16日')
    expect(r.text).not.toMatch(/第 3 页|版权所有/)
  })

  it("cuts a site name glued after heading after heading, not a heading's one subtitle", () => {
    const page = ['某某县人社局2023年就业工作总结', '一、强化组织领导 —某某文库', '全年新增城镇就业4860人,完成目标任务的108%。', '二、抓好重点群体 —某某文库',
      '帮助高校毕业生就业1230人。'].join('\n')
    const r = clean(page)
    expect(r.removed.map((x) => x.text.trim())).toEqual(['—某某文库', '—某某文库'])
    expect(clean('某某县2023年工作总结\n一、强化组织领导 —以党建引领发展\n全年新增城镇就业4860人。').removed).toEqual([])
  })

  it('cuts a preview marker glued after a cut-off sentence and keeps the sentence', () => {
    const r = clean('某某水务公司2023年工作总结\n全年供水2860万吨,同比增长6.3%,实现营业收入1.2亿元。\n通过分区计量和夜间最小流量分析,全年查找暗漏点317处,漏损率较上年下降……余下1862字,打开App继续阅读')
    expect(r.text).toMatch(/全年查找暗漏点317处,漏损率较上年下降$/m)
    expect(r.removed.find((x) => x.rule === 'page-marker/preview-marker')?.text).toBe('……余下1862字,打开App继续阅读')
  })

  it("finds the title under a bilingual header and a bar-marked column trail, and keeps it out of the header's block", () => {
    const a = clean('某某大学机械工程学院 School of Mechanical Engineering, Mouxx University\n学院首页 学院概况 师资队伍 本科教学 研究生教育 科学研究\n\n机械工程学院2023年社会实践活动总结\n为引导青年学生在社会课堂中受教育、长才干,学院团委组织了12支实践团队,走进乡村开展调研和服务。')
    expect(a.title).toBe('机械工程学院2023年社会实践活动总结')
    expect(a.text.split('\n')[0]).toBe('机械工程学院2023年社会实践活动总结')
    const b = clean('▍校务公开 ▍ 述职报告\n2023—2024学年度教务处主任述职报告\n各位领导、老师们:\n我自2021年8月起担任学校教务处主任,负责教学常规管理、课程安排和考试组织等工作。')
    expect(b.title).toBe('2023—2024学年度教务处主任述职报告')
  })

  it("splits a compilation under the site's decorated variant labels", () => {
    const page = [
      '✦ 精选范本 No.1 ✦', '桂塘社区2024年上半年工作总结', '上半年,社区开展主题党日活动6次,为辖区80周岁以上老人办理高龄津贴312人,协调解决加装电梯等问题21件。',
      '✦ 精选范本 No.2 ✦', '柳岸村2024年上半年工作总结', '上半年,村集体流转土地1260亩发展稻虾共养,开展清洁家园行动8次,拆除破旧旱厕37个,完成村道硬化2.4公里。',
    ].join('\n')
    const r = clean(page)
    expect(r.documents.map((d) => d.title)).toEqual(['桂塘社区2024年上半年工作总结', '柳岸村2024年上半年工作总结'])
    expect(r.text).toMatch(/拆除破旧旱厕37个/)
  })

  it("cuts a site's download notes under their bracketed heading after the document", () => {
    const r = clean([
      '某某县教育局2023年工作总结', '2023年,县教育局围绕办好人民满意的教育,新建改扩建学校12所,新增学位5400个,全县学校平稳有序运行。',
      '全年组织教师培训86期,培训教师6200人次,评选县级骨干教师120名,教师队伍素质进一步提升。', '2024年,我们将把各项准备做细做实,推动全县教育高质量发展。',
      '【下载说明】', '1、本站资料均为.doc格式,下载后可直接打开编辑;', '2、下载前请先登录,每份资料扣除1学豆;', '3、资料版权归原作者所有,仅供个人学习研究使用。',
    ].join('\n'))
    expect(r.text).not.toMatch(/下载说明|学豆|版权/)
    expect(r.text).toMatch(/把各项准备做细做实/)
  })

  it('judges a compilation document by its own text, and a 上半年 summary may plan its 下半年', () => {
    const compilation = [
      '志愿服务工作总结精选',
      '志愿服务工作总结例1',
      '2022年,我社区以新时代文明实践站为依托,组织开展志愿服务活动46场,参与志愿者1200余人次,服务群众5000余人次。',
      '一、壮大志愿者队伍。年初,社区对志愿者名册进行了重新登记,吸纳退休党员和在校大学生加入,队伍扩大到310人。',
      '二、打造服务品牌。“银发先锋”服务队坚持每周上门看望独居老人,全年走访280余户次,帮助解决实际困难36件。',
      '志愿服务工作总结例2',
      '今年以来,我校青年志愿者协会在校团委的指导下,先后组织了敬老院陪伴、地铁站文明引导和社区义务支教等活动。',
    ].join('\n')
    expect(clean(compilation).text).toMatch(/我校青年志愿者协会/)
    const halfYear = [
      '物业服务中心2023年上半年工作总结',
      '2023年上半年,在公司领导的关心支持下,我们小区物业服务中心围绕服务品质提升,扎实做好各项工作。',
      '一、客户服务。上半年共受理业主报修1268件,维修及时率98%,回访满意率达到96%,业主投诉同比下降两成。',
      '二、安全管理。坚持每日巡查消防通道和监控设施,组织消防演练2次,全小区未发生安全责任事故。',
      '三、费用收缴。截至6月30日,物业费收缴率达到89%,比去年同期提高4个百分点,停车费收缴率达到93%。',
      '四、环境维护。完成绿化补植1200平方米,更换破损路灯23盏,垃圾分类投放准确率达到85%。',
      '下半年,我们将重点做好电梯更新改造的前期工作,同时加强员工培训,进一步提升服务水平。',
    ].join('\n')
    expect(clean(halfYear).text).toMatch(/下半年,我们将重点做好电梯更新改造/)
  })

  it('cuts a paragraph that stands out from every other, and keeps it under a heading of its own', () => {
    const flood = [
      '2022年县防汛工作总结',
      '为确保全县安全度汛,县防汛指挥部、县水利局、县应急管理局联合部署了汛前检查,各乡镇积极响应,逐一排查水库、山塘和河道堤防。',
      '6月1日上午,县防汛指挥部在县城滨江广场举行防汛应急演练,副县长现场指挥,12个乡镇抢险队参加演练,检验了防汛预案。',
      '博物馆新展厅陈列了青铜器和瓷器三百余件,讲解员结合文物讲述了古代工匠的铸造技艺。观众在互动区体验了拓印和陶艺制作。',
      '汛期共排查水库、山塘等防汛隐患点136处,转移受威胁群众2100余人,储备防汛编织袋5万余条、冲锋舟8艘。',
      '9月30日,全县汛期防汛工作平稳结束,防汛预案确定的各项任务全部完成,水库山塘无一出险,实现了不死人、少损失的目标。',
    ]
    // No other document's mark (no 我X, no conclusion, no time span): it is cut for standing out alone.
    const cut = clean(flood.join('\n\n')).removed.filter((r) => r.rule === 'offtopic/spliced-paragraph')
    expect(cut.map((r) => r.text)).toEqual([flood[3]])
    expect(cut[0]!.reason).toMatch(/stands out from every other paragraph/)
    // Under a heading the outline vouches for it; with only one other paragraph nothing stands out.
    const headed = [...flood.slice(0, 3), '三、文物展陈', ...flood.slice(3)]
    expect(clean(headed.join('\n\n')).removed).toEqual([])
    expect(clean([flood[0], flood[1], flood[3]].join('\n\n')).removed).toEqual([])
  })

  it('cuts a pair of sentences glued into a paragraph when it stands out from every other pair', () => {
    const run = '博物馆新展厅陈列了青铜器和瓷器三百余件,讲解员讲述了青铜纹饰与瓷釉烧制的工艺。游客在互动区体验了拓印和陶艺。'
    const page = [
      '2022年县防汛工作总结',
      '为确保全县安全度汛,县防汛指挥部、县水利局、县应急管理局联合部署了汛前检查,各乡镇积极响应,逐一排查水库、山塘和河道堤防。',
      `6月1日上午,县防汛指挥部在县城滨江广场举行防汛应急演练,副县长现场指挥,12个乡镇抢险队参加演练。${run}演练检验了防汛预案,提高了抢险队伍的实战能力。`,
      '汛期共排查水库、山塘等防汛隐患点136处,转移受威胁群众2100余人,储备防汛编织袋5万余条、冲锋舟8艘。',
      '汛前,县水利局组织技术人员对全县42座水库的溢洪道、放水设施和大坝进行了安全鉴定,对发现的问题限期整改,落实了水库防汛责任人。',
      '主汛期间,县防汛办实行24小时值班制度,及时发布雨情水情预警信息38期,组织巡堤查险人员1500余人次,确保了河道堤防安全。',
      '9月30日,全县汛期防汛工作平稳结束,防汛预案确定的各项任务全部完成,水库山塘无一出险,实现了不死人、少损失的目标。',
    ]
    const r = clean(page.join('\n\n'))
    const cut = r.removed.filter((x) => x.rule === 'offtopic/spliced-sentence')
    expect(cut.map((x) => x.text)).toEqual([run])
    expect(cut[0]!.reason).toMatch(/as a pair of sentences, standing out from every other pair/)
    expect(r.text).toContain('12个乡镇抢险队参加演练。演练检验了防汛预案')
    // Under a heading whose words it takes up (博物馆, 展厅), the pair belongs to that section.
    const headed = [...page.slice(0, 2), '二、博物馆展厅与防汛宣传', ...page.slice(2)]
    expect(clean(headed.join('\n\n')).removed.filter((x) => x.rule === 'offtopic/spliced-sentence')).toEqual([])
  })

  it('takes a watermark and its signature, not the words of the sentence around it', () => {
    const r = clean('2023年镇政府工作总结\n全镇上下共同努力心}语%文[库,各项工作取得明显成效,群众满意度稳步提升。\n一年来,我镇认真贯彻上级部署,经济社会保持平稳发展。')
    expect(r.text).toMatch(/全镇上下共同努力,各项工作取得明显成效/)
    expect(r.removed.find((x) => x.rule === 'inline-splice/watermark')?.text).toBe('心}语%文[库')
  })

  it("ends the document at a reader's comment that opens with its poster and time of day, and keeps the signature", () => {
    const body = '某某镇2023年度个人述职报告\n一年来,本人分管农业和水利工作,全年新修渠道14.5公里,新增有效灌溉面积3200亩。\n二、严守纪律,自觉接受组织和群众监督。\n述职人:王某\n2024年1月10日'
    const r = clean(`${body}\n评论(2)\n河边老刘 2024-01-17 08:12 写得很实在,数据扎实,学习了!\n博主回复:互相学习。`)
    expect(r.text).toContain('述职人:王某\n2024年1月10日')
    expect(r.text).not.toMatch(/河边老刘|博主回复/)
    expect(r.removed.find((x) => x.text.startsWith('河边老刘'))?.rule).toBe('metadata/poster-line')
    // The same shape without a time of day is a signature's date: nothing after the body is cut for it.
    expect(clean(`${body}\n王某 2024-01-10 于镇党委`).text).toContain('王某 2024-01-10 于镇党委')
  })

  it('reads a page line of keys no list knows as metadata when a known page key stands among them', () => {
    const r = clean('某某医院2023年医疗质量工作总结\n发稿科室:医务部 发布日期:2024-01-22 点击数:[386] 字体:【大 中 小】\n2023年,我院围绕提质量、保安全目标,持续完善医疗质量管理体系,全年门急诊量达到86.7万人次。\n一、健全质控组织体系,全年抽查病历1.5万份。')
    expect(r.text).not.toMatch(/发稿科室|字体/)
    expect(r.removed[0]!.rule).toBe('metadata/key-value')
    // A programme's own keys stay with no page key among them.
    expect(clean('某某社区读书月活动方案\n活动时间:5月20日 活动地点:社区图书室\n为营造书香社区氛围,社区将于5月举办读书月活动,全体居民均可参加。').text).toContain('活动时间:5月20日 活动地点:社区图书室')
  })

  it("cuts a note to the reader set apart inside the body, and a related list given on its heading's line", () => {
    const r = clean('某某街道妇联2024年三八节活动总结\n3月8日,街道妇联在社区广场举办“巾帼心向党”主题活动,辖区300余名妇女参加。\n(此处为图片,请在公众号内查看)\n活动现场设置了法律咨询台,律师为群众解答婚姻家庭法律问题46人次。\n下一步,街道妇联将持续开展关爱妇女儿童系列活动。\n相关文档:社区年度工作总结精选10篇 | 2024社区工作计划模板')
    expect(r.text).not.toMatch(/此处为图片|相关文档/)
    expect(r.text).toContain('律师为群众解答婚姻家庭法律问题46人次')
    expect(r.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(['boilerplate/site-traffic', 'related-list/related-documents']))
  })

  it("cuts an office template's prompts from slide text, and the readers' comments after the share bar", () => {
    const slides = clean('澜溪供热公司2024年安全工作总结\n单击此处添加副标题\n一、安全生产责任全面压实单击此处添加文本\n全年签订安全责任书126份,开展隐患排查48次,整改隐患213处。\n第二级 · 第三级\n二、应急演练常态开展\n组织综合演练6场,参演职工420人次。\n二、应急演练常态开展(续)\n开展专项演练14场,覆盖全部供热站。')
    expect(slides.text).not.toMatch(/单击此处|第二级/)
    expect(slides.text).toContain('一、安全生产责任全面压实')
    expect(slides.text).not.toMatch(/\(续\)/)
    expect(slides.removed.find((x) => x.text.endsWith('(续)'))?.rule).toBe('duplicate-title/repeated-title')
    const blog = clean('社区网格员2023年述职报告\n今年以来,我负责青柳社区第三网格,入户走访居民1260户,化解矛盾纠纷37起。\n一、摸清底数,建立网格台账,更新人口信息430条。\n二、服务群众,代办业务96件,组织志愿活动12场。\n分享到:微信 微博\n评论区(共3条)\n写得实在,点赞!\n入户台账是用什么表格记的?')
    expect(blog.text).toContain('代办业务96件')
    expect(blog.text).not.toMatch(/评论区|写得实在|入户台账/)
    expect(blog.removed.find((x) => x.text.startsWith('评论区'))?.rule).toBe('boilerplate/comment-section')
  })

  it("keeps a thread opener's document where it goes on in a later post, and cuts the replies between", () => {
    const thread = [
      '基层农技员2023年度述职报告', '田埂老吴 楼主 发表于 2024-1-6 20:41 | 只看该作者',
      '一年来,我联系5个村,推广水稻新品种1.86万亩,开展技术培训12期,培训农民960人次。',
      '二、抓好防灾减灾,及时发布病虫情报8期,组织统防统治作业2.3万亩次。',
      '青橙pm 发表于 2024-1-6 21:03 沙发', '数字很实在,建议把同比写上,领导更爱看。',
      '田埂老吴 楼主 发表于 2024-1-6 21:20', '三、做好服务,协助组建农机、植保等社会化服务组织4家,完成耕地质量监测点取样48个,力争明年示范片面积扩大到5000亩以上。',
      '四、廉洁自律,在发放农资补贴过程中坚持公开公示,不收受服务对象任何财物。', '述职人:吴某', '2024年1月5日',
      '麦田77 发表于 2024-1-7 10:42 板凳', '已收藏,明年照这个思路写。',
    ].join('\n')
    const r = clean(thread)
    expect(r.text).toContain('完成耕地质量监测点取样48个')
    expect(r.text).toContain('不收受服务对象任何财物')
    expect(r.text).not.toMatch(/领导更爱看|已收藏/)
  })

  it("cuts a reader's watermark stamped between and inside paragraphs, and keeps a name the document repeats", () => {
    const page = [
      '澄江水务集团2024年一季度经营情况通报', '某某某 2024-04-16 08:52:33 内部资料',
      '一季度,集团实现营业收入3.86亿元,同比增长7.4%;某某某 6371售水量5280万立方米,同比增长3.6%。',
      '0416 某某某 工号6371', '二、项目建设。新建改造供水管网38.5公里,完成老旧小区二次供水设施改造26个。',
      '内部资料 某某某 2024-04-16', '三、下一步,集团将加快城东水厂三期建设,确保6月底前通水。', '澄江水务集团有限公司', '2024年4月12日',
    ].join('\n')
    const r = clean(page)
    expect(r.text).not.toMatch(/某某某/)
    expect(r.text).toContain('同比增长7.4%;售水量5280万立方米')
    expect(r.text).toContain('澄江水务集团有限公司\n2024年4月12日')
    const plan = clean(['某某社区2024年工作计划', '组长:王建华', '联系人:王建华', '全年计划开展活动24场,由王建华负责统筹协调。'].join('\n'))
    expect(plan.text).toContain('由王建华负责统筹协调')
  })

  it("keeps a speaker's line in brackets under the title, and ends a forum export at a reply's floor", () => {
    const report = clean(['某某文库 > 述职报告 > 正文', '2023年度个人述职报告', '(某某县审计局副局长 吴某某)', '一年来,本人分管财政审计和经济责任审计,全年完成审计项目28个,查出问题资金1.36亿元。', '二、廉洁自律,严格执行中央八项规定精神。'].join('\n'))
    expect(report.text).toContain('(某某县审计局副局长 吴某某)')
    const thread = clean(['班主任工作总结', '[1楼] 楼主 云水禾', '发表于 2024-01-08 21:13', '本学期我担任初二(3)班班主任,全班45名学生,期末综合评比获年级第一。', '二、家校共育,全学期开展家访32次,召开家长会2次。', '[2楼] 青岱老陈', '2024-01-08 21:40', '> 每天由1名值日班长负责纪律', '这个办法我们班也在用。'].join('\n'))
    expect(thread.text).toContain('召开家长会2次')
    expect(thread.text).not.toMatch(/青岱老陈|我们班也在用/)
  })

  it("cuts a site's tip box drawn in line characters after the signature, and keeps a table drawn the same way", () => {
    const body = ['某某县消防救援大队2023年消防宣传月活动总结', '11月9日,大队在县城人民广场举办主题宣传活动,设置咨询台12个,发放宣传资料4300余份。', '全月共检查单位316家,督促整改火灾隐患427处,整改率达到96.3%。', '某某县消防救援大队', '2023年12月1日']
    const report = clean([...body, '┌─── 安全提示 ───┐', '│ 冬季取暖勿私拉乱接电线,电热毯不要折叠使用', '│ 发现火情立即拨打119,切勿乘坐电梯逃生', '└──────────────┘'].join('\n'))
    expect(report.text).toContain('整改率达到96.3%')
    expect(report.text).not.toMatch(/私拉乱接|切勿乘坐电梯|安全提示/)
    const table = clean([...body.slice(0, 3), '┌──── 检查情况 ────┐', '│ 人员密集场所 检查126家 整改隐患188处', '│ 高层建筑 检查41栋 整改隐患96处', '└──────────────┘', ...body.slice(3)].join('\n'))
    expect(table.text).toMatch(/人员密集场所\s?检查126家/)
  })

  it("cuts a periodical's running header wherever it repeats, and keeps a dated line that stands once", () => {
    const header = '2023年1月16日 星期一　　　专题·年终盘点'
    const page = ['某某能源集团报　第148期　第3版', header, '热电分公司2022年度工作总结', '2022年,分公司投资3200万元实施技改项目9项,全年供电煤耗下降4.1克/千瓦时。', header, '全年组织各类培训2400余人次,举办技能竞赛6场。', '2023年1月10日 星期二 召开年度总结表彰会']
    const report = clean(page.join('\n'))
    expect(report.text).not.toContain('专题·年终盘点')
    expect(report.removed.filter((r) => r.text.includes('专题·年终盘点')).map((r) => r.rule)).toEqual(['page-marker/preview-marker', 'page-marker/preview-marker'])
    expect(report.text).toContain('召开年度总结表彰会')
  })

  it("keeps a social post's emoji-led lines apart, and its topic tags out of the sentence", () => {
    const post = ['重阳敬老|我们社区的暖心宴活动小结来啦🍂', '作为社区社工,这是我第三次策划#重阳节活动[话题]#,今年规模最大', '📅时间:2024年10月11日 9:00—14:00', '📍地点:社区党群服务中心二楼', '👥参与:辖区高龄老人86位,志愿者23名', '✅ 提前一周电话确认每位老人能不能来']
    const report = clean(post.join('\n'))
    const lines = report.text.split('\n')
    expect(lines).toContain('📅时间:2024年10月11日 9:00—14:00')
    expect(lines).toContain('📍地点:社区党群服务中心二楼')
    expect(report.text).toContain('这是我第三次策划,今年规模最大')
  })

  it("cuts what a page puts after the document's closing, keeps its appendix, and keeps a second document opening there", () => {
    const doc = ['某某社区2023年度工作总结', '2023年,社区共开展志愿服务活动46场,服务居民3200余人次。', '一、强化党建引领', '社区党委全年召开党员大会4次,发展党员2名,开展主题党日活动12次。', '二、提升服务水平', '全年新增就业岗位120个,调解矛盾纠纷37起,调解成功率达97%。', '三、下一步打算', '2024年,社区将完成2个老旧小区改造,新建日间照料中心1处。', '某某社区居民委员会', '2023年12月28日']
    const page = clean([...doc, '附件:1. 2023年志愿服务活动一览表', '　　2. 居民满意度调查统计表', '▲ 赞同 1386 ▼ 93 条评论 分享 收藏', '老街口的猫 写得真实在,我们社区也能借鉴。'].join('\n'))
    expect(page.text).toContain('2023年12月28日')
    expect(page.text).toContain('2. 居民满意度调查统计表')
    expect(page.text).not.toMatch(/老街口的猫|赞同 1386/)
    expect(page.removed.some((r) => r.rule === 'boilerplate/after-closing')).toBe(true)
    const compiled = clean([...doc, '某某社区2023年度工作总结(二)', '2023年,社区党委带领居民完成老旧小区改造3个,加装电梯8部。'].join('\n'))
    expect(compiled.text).toContain('加装电梯8部')
    // Titles with no text under them, numbered or not, are the page's links: no second document opens there.
    const linked = clean([...doc, '【相关链接】', '某某街道2023年工作总结', '关于印发某某社区志愿服务实施方案的通知', '1. 社区重阳敬老活动总结(精选5篇)', '2. 2023年社区志愿服务活动总结报告'].join('\n'))
    expect(linked.text).not.toMatch(/某某街道2023年工作总结|实施方案的通知|精选5篇|活动总结报告/)
    expect(linked.text).toContain('2023年12月28日')
  })

  it("keeps a news page's headline that its first paragraph names again, though no genre word ends it", () => {
    const page = clean(['当前位置：学院首页 >> 学院新闻 >> 正文', '某某学院第十二届科技文化节圆满落幕', '发布时间：2023-11-22　　作者：学生工作办公室　　浏览次数：', '本网讯（通讯员 某某）11月20日，某某学院第十二届科技文化节在实验楼报告厅闭幕，历时三周的系列活动吸引全院1200余名学生参与。', '文化节共设置趣味化学实验大赛、材料创新设计赛等6项赛事，评出一等奖9项。', '实验室开放日期间，学院6个科研平台面向全校开放，接待参观学生约350人次。'].join('\n'))
    expect(page.text.split('\n')[0]).toBe('某某学院第十二届科技文化节圆满落幕')
    expect(page.text).not.toContain('当前位置')
  })

  it("keeps a contact block the document opens with its contact person, and a paragraph hosting a spliced sentence", () => {
    const plan = clean(['县卫生健康局2024年健康教育工作计划', '一、工作目标', '全年开展健康讲座120场,覆盖群众2万人次以上。', '二、工作措施', '组建健康教育讲师团,每季度开展巡讲1轮。', '联系人:县健康教育所 方某某', '电话:0578-6332817　传真:0578-6332809', '地址:某某县迎宾大道216号', '某某县卫生健康局', '2024年2月20日'].join('\n'))
    expect(plan.text).toContain('传真:0578-6332809')
    const host = clean(['城西街道2023年城市管理工作总结', '一、市容整治', '全年拆除违章搭建46处,清理占道经营1200余处,整治背街小巷32条。', '二、便民服务', '执法队开通便民热线,共受理群众投诉862件,按时办结率99.1%,回访满意率达到97%以上。本学期我班共有学生45人,其中男生24人、女生21人,班级整体学风良好。', '三、队伍建设', '全年组织执法人员培训6期,开展业务比武2次,队伍素质明显提升。', '城西街道办事处', '2024年1月10日'].join('\n'))
    expect(host.text).toContain('回访满意率达到97%以上')
  })

  it("cuts a file's running footer glued to hard-wrapped lines and rejoins the words it split", () => {
    const page = [
      '某某县农业农村局2023年工作总结',
      '　　2023年,县农业农村局围绕粮食安全和乡村振兴两件大',
      '事,全年粮食播种面积稳定在32.6万亩,总产达到14.2万    某某文库 example.cc  1/3',
      '吨;新建高标准农田2.1万亩,完成高效节水灌溉改造5000',
      '亩。生猪出栏21万头,粮食和生猪生产保持稳定。    某某文库 example.cc  2/3',
      '　　下半年将继续抓好秋粮收购和高标准农田建设,确保粮食生产稳定。',
      '某某县农业农村局',
      '2024年1月12日    某某文库 example.cc  3/3',
    ].join('\n')
    const r = clean(page)
    expect(r.text).not.toMatch(/example\.cc|1\/3|2\/3/)
    // The wrap split 万吨 across the footer's line: the footer goes and the word is whole again.
    expect(r.text).toContain('总产达到14.2万吨;新建高标准农田')
    expect(r.text).toContain('2024年1月12日')
    expect(r.removed.filter((x) => x.rule === 'page-marker/running-marker')).toHaveLength(3)
  })

  it("keeps a spreadsheet's rows whose tabs became spaces, and a sentence a key opens", () => {
    const page = [
      '某某中学2023年科技节活动总结',
      '本届科技节共设置四个项目,全校28个班级参与,区青少年宫派出2名辅导老师全程指导,活动取得圆满成功。',
      '各年级参赛情况如下:',
      '年级\t参赛人数\t获奖人数',
      '初一\t312\t41',
      '初二\t296\t38',
      '初三\t187\t25',
      '合计参赛795人,获奖104人,获奖比例约13%。',
      '来源:区教育局专项经费6万元,家委会赞助1.2万元。',
      '明年计划将水火箭比赛移至新建的田径场,进一步扩大参与面,提高活动的覆盖率和原创性。',
    ].join('\n')
    const r = clean(page)
    expect(r.removed).toEqual([])
    for (const row of ['初一 312 41', '初三 187 25', '来源:区教育局专项经费6万元']) expect(r.text).toContain(row)
  })

  it("cuts a site's bulleted list of its other news after the body, and keeps one bulleted line of the document's", () => {
    const body = [
      '某某县妇联2024年“三八”节系列活动总结',
      '今年“三八”节期间,县妇联围绕“巾帼建新功”主题,联合有关部门开展了五大类系列活动,受益妇女群众2万余人次。',
      '一是宣传宣讲入人心。组织巾帼宣讲团深入乡镇、社区开展宣讲18场,覆盖群众3200余人。',
      '下一步,县妇联将把活动中收集到的意见建议逐条梳理,落实到全年工作中。',
    ]
    const listed = clean([...body, '扫一扫在手机上查看当前页面', '· 某某县妇联召开2024年执委(扩大)会议', '· 我县举办首期巾帼家政技能培训班'].join('\n'))
    expect(listed.removed.filter((r) => r.rule === 'related-list/related-titles').map((r) => r.text.trim())).toEqual([
      '· 某某县妇联召开2024年执委(扩大)会议',
      '· 我县举办首期巾帼家政技能培训班',
    ])
    const own = clean([...body, '· 召开全县妇女工作总结表彰大会'].join('\n'))
    expect(own.text).toContain('召开全县妇女工作总结表彰大会')
  })

  it("cuts a casino's sign-up bonus with its brand and leaves the sentence's word before the brand", () => {
    const page = [
      '某某建筑公司2023年安全生产工作总结',
      '2023年,公司坚持安全第一、预防为主,全年未发生一般及以上生产安全事故,安全生产形势总体平稳。',
      '对危险性较大的分部分项工程,实行某某棋牌注册送彩金专人旁站监督,全年排查整改隐患326处。',
      '下一步,公司将继续压实各级安全责任,推动安全生产标准化建设。',
    ].join('\n')
    const r = clean(page)
    expect(r.text).toContain('实行专人旁站监督')
    expect(r.removed.map((x) => x.text)).toContain('某某棋牌注册送彩金')
  })

  it("cuts a watermark's Latin handle and leaves the sentence's characters after it, and before it when one symbol frames it", () => {
    const page = [
      '某某社区2023年度工作总结',
      '2023年,社区在街道党工委的领导下,围绕居民需求办实事,全年接待居民办事4860人次,代办各类事项1200余件。',
      '帮助23名失业人员实现 ~abcdwk~ 再就业,发放临时救助金3.6万元,为困难家庭申请低保11户。',
      '坚持每周推门听课,abcd}%wd[@两年共听课210节,组织教学常规检查8次,及时反馈问题并跟踪整改。',
      '2024年,社区将重点建设便民生活圈,进一步提升服务水平。',
    ].join('\n')
    const r = clean(page)
    expect(r.text).toContain('帮助23名失业人员实现再就业')
    expect(r.text).toContain('两年共听课210节')
    expect(r.removed.filter((x) => x.rule === 'inline-splice/watermark').map((x) => x.text.trim())).toEqual(['~abcdwk~', 'abcd}%wd[@'])
  })

  it("cuts a hard-wrapped layer's header repeated word for word, and leaves the unit's name it shares with the title", () => {
    const page = [
      '某某中学教务处2023学年工作总结',
      '一年来,教务处围绕提高教学质量这一中心任务,扎实抓好教',
      '学常规、课程安排、考务及学籍工作,协助校长抓好各项教学',
      '管理。全年组织教学常规检查4轮,查阅教案和作业批改记录某某中学教务处 ｜ 2024.01',
      '共计860份,反馈问题并跟踪整改。推进一课一研,组织校级公',
      '开课56节,评选优质课12节。学科竞赛获市级以上奖项43项,其某某中学教务处 ｜ 2024.01',
      '中省级一等奖5项。分层作业设计还不够精细,部分学科作业总',
      '量偏大,下一步将建设校本作业库,覆盖语数英等5个学科。某某中学教务处 ｜ 2024.01',
      '某某中学教务处',
      '2024年1月12日',
    ].join('\n')
    const r = clean(page)
    expect(r.text).not.toMatch(/2024\.01/)
    expect(r.text).toContain('查阅教案和作业批改记录共计860份')
    expect(r.text.startsWith('某某中学教务处2023学年工作总结')).toBe(true)
    expect(r.text).toMatch(/某某中学教务处\n2024年1月12日$/)
    expect(r.removed.filter((x) => x.rule === 'page-marker/running-marker')).toHaveLength(3)
  })

  it("cuts a platform's machine-written digest above the title, and finds the title under it", () => {
    const page = [
      '✦ AI导读:这篇总结回顾了某某社区上半年推行网格化治理的情况,涵盖入户摸排、纠纷化解两块内容,并谈到队伍不稳等短板。',
      '',
      '某某社区2025年上半年网格化管理工作总结',
      '今年以来,社区在街道党工委的指导下,把辖区划为9个网格,全年入户走访2860户,化解邻里纠纷47起。',
      '下半年,社区将继续充实网格员队伍,推动网格治理提质增效。',
    ].join('\n')
    const r = clean(page)
    expect(r.title).toBe('某某社区2025年上半年网格化管理工作总结')
    expect(r.text.startsWith('某某社区2025年上半年网格化管理工作总结\n今年以来')).toBe(true)
    expect(r.removed[0]!.rule).toBe('template-intro/generic-lead')
  })

  it('keeps a list of other documents off the text a preview cut mid-sentence', () => {
    const page = [
      '2024年社区全民阅读活动总结',
      '4月1日至30日,街道文化站联合辖区6个社区开展了全民阅读系列活动,共吸引居民群众参与2600余人次。',
      '(四)“我读家乡”征文比赛。面向辖区中小学生征集作品,共收到征文',
      '▼ 展开阅读全文(剩余1186字)',
      '猜你喜欢:社区读书节活动总结范文(通用5篇) 2.1万人阅读',
      '全民阅读月活动方案及总结 · 876次下载',
    ].join('\n')
    const r = clean(page)
    expect(r.text).toMatch(/共收到征文$/)
    expect(r.text).not.toMatch(/猜你喜欢|人阅读|次下载/)
  })

  it('never joins a line opening with a related-list heading to a sentence cut short above it', () => {
    const page = [
      '2024年社区全民阅读活动总结',
      '4月1日至30日,街道文化站联合辖区6个社区开展了全民阅读系列活动,共吸引居民群众参与2600余人次。',
      '面向辖区中小学生征集作品,共收到征文',
      '相关推荐:读书月里的三点体会',
    ].join('\n')
    expect(clean(page, { disable: ['related-list/'] }).text).toMatch(/共收到征文\n相关推荐/)
  })

  it("cuts a reader's comment under the comments' heading at the page end, and the title glued before a speech's salutation", () => {
    const page = [
      '某某社区年终表彰大会讲话稿怎么写?附居委会主任讲话范文',
      '在某某社区2021年度总结表彰大会上的讲话',
      '某某社区年终表彰大会讲话稿各位居民代表、各位志愿者,同志们:',
      '今天我们在这里召开总结表彰大会,回顾社区这一年走过的路,表扬一批为大家办了实事的先进集体和个人。',
      '这一年,老旧小区改造涉及的7栋楼全部完工,加装电梯4部,补建停车位160个。',
      '精选留言',
      '阿某:去年冬天跟着社区去敬老院包饺子,今年还想报名!',
    ].join('\n')
    const r = clean(page)
    expect(r.text).toContain('各位居民代表、各位志愿者,同志们:')
    expect(r.text).not.toMatch(/讲话稿各位|阿某|精选留言/)
  })

  it("cuts a page's key row whose value is a kind of document, and a gambling run glued inside a clause without the clause", () => {
    const page = [
      '文档编号:AB20240117093    所属分类:年终总结    共4页',
      '某某物业服务有限公司2023年度工作总结',
      '2023年,公司全年在管项目由9个增加到11个,管理面积达到126万平方米,业主满意度测评得分91.2分。',
      '“微光书桌”项目募集图书6000余册,全部按捐赠清单送到百家乐首充返水每一所受助学校,善款使用明细逐月公示。',
    ].join('\n')
    const r = clean(page)
    expect(r.text.startsWith('某某物业服务有限公司2023年度工作总结')).toBe(true)
    expect(r.text).toContain('全部按捐赠清单送到每一所受助学校')
    expect(r.removed.map((x) => x.rule)).toContain('metadata/key-value')
  })

  it("cuts a company's header with its English name, its top menu and a sharing sentence, and keeps a speaker's closing offer", () => {
    const page = [
      '某某精工机械有限公司 MOUMOU PRECISION   诚信·创新·共赢',
      '网站首页 关于我们 新闻中心 产品中心 人才招聘 在线留言 联系我们',
      '这份讲话是网友“松间月”在2024年7月15日分享到某某网的,已有318人看过。',
      '在某某精工2023年安全生产工作会议上的讲话',
      '同志们:今天召开公司安全生产工作会议,总结2023年安全生产工作,部署2024年重点任务。',
      '2023年,公司全年未发生一般及以上生产安全事故,隐患整改率达到100%。',
      '以上意见,供大家参考。谢谢大家!',
    ].join('\n')
    const r = clean(page)
    expect(r.title).toBe('在某某精工2023年安全生产工作会议上的讲话')
    expect(r.text.startsWith('在某某精工2023年安全生产工作会议上的讲话')).toBe(true)
    expect(r.text).toMatch(/以上意见,供大家参考。谢谢大家!$/)
  })

  it("cuts a forum's trail, a reporter's byline closing on 报道, a portal's stamp in a sentence and a dated list of news", () => {
    const page = [
      '某某论坛 › 职场交流 › 公文写作',
      '某某镇2023年安全生产工作总结',
      '通讯员 某某某 报道:2023年,我镇坚持人民至上、生命至上,全面落实安全生产责任制,全年未发生较大及以上生产安全事故。',
      '全年共检查生产经营单位643家次〖某某县人民政府门户网站〗,发现一般隐患1260处,已全部整改到位。',
      '相关新闻:县应急局召开秋季安全生产部署会(09-01);全县开展燃气安全专项检查(08-28)',
    ].join('\n')
    const r = clean(page)
    expect(r.text.startsWith('某某镇2023年安全生产工作总结\n2023年,我镇坚持人民至上')).toBe(true)
    expect(r.text).toContain('全年共检查生产经营单位643家次,发现一般隐患1260处')
    expect(r.text).not.toMatch(/论坛|相关新闻|门户网站/)
  })

  it('matches rules on traditional characters and full-width punctuation', () => {
    const r = clean('當前位置：首頁 > 工作總結 > 活動總結\n社區志願服務活動總結\n今年以來，社區共組織志願服務活動二十餘場，參與群眾八百餘人次。')
    expect(r.text).not.toMatch(/當前位置/)
    expect(r.removed[0]!.rule).toBe('boilerplate/navigation')
  })
})

describe('clean() options and bad input', () => {
  it('lets a caller disable a rule or a whole kind', () => {
    const page = fixture('seed-like.txt')
    expect(clean(page, { disable: ['offtopic/'] }).text).toMatch(/我院/)
    expect(clean(page, { disable: ['related-list/related-documents'] }).text).toMatch(/相关文档/)
  })

  it('takes extra phrases per rule', () => {
    const page = '学校安全工作总结\n本期材料由青禾工作室汇编\n为了加强学校安全工作,我校开展了安全教育月活动,取得了良好效果。'
    expect(clean(page).text).toMatch(/青禾工作室/)
    expect(clean(page, { phrases: { 'boilerplate/platform-disclaimer': ['青禾工作室汇编'] } }).text).not.toMatch(/青禾工作室/)
  })

  it('rejects bad options with a clear error', () => {
    expect(() => clean('你好', { offtopicThreshold: 2 } as never)).toThrowError(/offtopicThreshold/)
    expect(() => clean('你好', { nope: 1 } as never)).toThrowError(DocsiftError)
  })

  it('gives a defined empty result for empty, blank and non-Chinese input', () => {
    for (const input of ['', '   \n\t  \n', 'The quick brown fox jumps over the lazy dog.']) {
      const r = clean(input)
      expect(r.flags.empty).toBe(true)
      expect(r.flags.emptyReason).toBeTruthy()
      expect(r.text).toBe('')
    }
  })

  it('refuses binary input and over-limit input with codes', () => {
    expect(() => clean('\u0000\u0001\u0002\u0003'.repeat(50))).toThrowError(expect.objectContaining({ code: 'BINARY_INPUT' }))
    expect(() => clean('总结'.repeat(100), { maxBytes: 50 })).toThrowError(expect.objectContaining({ code: 'TOO_LARGE' }))
  })
})
