import { describe, expect, it } from 'vitest'
import { Person } from '../../schema.js'
import { extractPeople } from './index.js'

const pairs = (text: string): [string, string | null][] => extractPeople(text).map((p) => [p.name, p.role])

describe('extractPeople', () => {
  it('reads role before name with 同志', () => {
    expect(pairs('县政府分管教育工作的副县长张海涛同志主持启动仪式。')).toEqual([['张海涛', '副县长']])
  })

  it('reads role before name whatever verb follows the name', () => {
    expect(pairs('招聘会进场企业58家,副市长范立新到场巡馆并与求职者交谈。')).toEqual([['范立新', '副市长']])
    expect(pairs('5月23日,支部书记魏鸣远以“守纪律、讲规矩”为题讲党课。')).toEqual([['魏鸣远', '支部书记']])
    expect(pairs('园长孟思成为第一责任人,副园长薛雪具体负责,各班落实。')).toEqual([['孟思成', '园长'], ['薛雪', '副园长']])
  })

  it('reads a double surname, a role parted from its name by a space, a name jieba tags after 向, and a verb jieba tags as a noun', () => {
    expect(pairs('县人力资源和社会保障局副局长 欧阳振华')).toEqual([['欧阳振华', '县人力资源和社会保障局副局长']])
    expect(pairs('村党支部书记向红梅带头,团结带领全村党员群众。')).toEqual([['向红梅', '村党支部书记']])
    expect(pairs('召开现场推进会,副镇长邵文达通报了各村评比结果。')).toEqual([['邵文达', '副镇长']])
  })

  it('ends a name where 通报 starts, and reads no name from a role joined to a common noun by 和', () => {
    expect(pairs('刚才,区应急管理局局长蒋明通报了去年的事故情况。')).toEqual([['蒋明', '区应急管理局局长']])
    expect(pairs('放学高峰时段,由值周教师和保安在校门口护导。')).toEqual([])
  })

  it('leaves a verb of going with someone out of the role, and gives the role as written in traditional characters', () => {
    expect(pairs('6月麦收前后,跟着站长周立新一起蹲点,指导农户抢收。')).toEqual([['周立新', '站长']])
    expect(pairs('鎮黨委書記 錢立民出席會議並講話。')).toEqual([['錢立民', '鎮黨委書記']])
  })

  it('reads a rarer surname, court and procuratorate roles, a trade, and a time word after the name', () => {
    expect(pairs('镇党委书记杭立新带队检查。')).toEqual([['杭立新', '镇党委书记']])
    expect(pairs('检察长韩志远先后4次主持召开检察委员会。')).toEqual([['韩志远', '检察长']])
    expect(pairs('青岱茶业公司制茶师傅钟月娥获得第一名。')).toEqual([['钟月娥', '青岱茶业公司制茶师傅']])
    // A role word inside a unit's name is no role: 机电工程学院 holds no 电工.
    expect(pairs('机电工程学院学生党支部开展主题党日活动。')).toEqual([])
    expect(pairs('书屋管理员石秋菊每天值守4小时,村医毛振华坚持上门服务。')).toEqual([['石秋菊', '书屋管理员'], ['毛振华', '村医']])
    // 干部 stays out: 包 is a surname, and 干部包村 is a duty, not a person.
    expect(pairs('实行机关干部包村制度。')).toEqual([])
  })

  it('reads a name after a pronoun or a numeral, a unit before a staffing name, a spaced key, and 同志 after 由', () => {
    expect(pairs('镇长何志斌每月召开1次推进会。')).toEqual([['何志斌', '镇长']])
    expect(pairs('社区民警许国庆两次走进辖区企业。')).toEqual([['许国庆', '社区民警']])
    expect(pairs('联系人:教导处 唐佳慧')).toEqual([['唐佳慧', '联系人']])
    expect(pairs('组\u3000长:郑国栋(局党组书记、局长)')).toEqual([['郑国栋', '组长']])
    expect(pairs('办公室设在餐饮服务科,由江晓雯同志兼任办公室主任。').map(([n]) => n)).toEqual(['江晓雯'])
  })

  it('reads a contact person, and a name before another key on its line', () => {
    expect(pairs('联系人:唐晓锋,电话:5512(内线)')).toEqual([['唐晓锋', '联系人']])
    expect(pairs('联系人:程佳宜    联系电话:0000-1234567')).toEqual([['程佳宜', '联系人']])
    expect(pairs('明确包村机关干部作为联系人,每月走访一次。')).toEqual([])
    expect(pairs('副县长林思远现场观摩后指出,今年主汛期形势严峻。')).toEqual([['林思远', '副县长']])
  })

  it('does not read a name from a compound or a function word after a role', () => {
    expect(pairs('县妇儿工委办牵头组织27个成员单位主动参与。')).toEqual([])
    expect(pairs('学校组织班主任和体育老师开展培训。')).toEqual([])
    expect(pairs('局长张三亲自部署。')).toEqual([['张三', '局长']])
  })

  it('keeps the unit in front of the role as part of the role', () => {
    expect(pairs('县文化局局长欧阳明同志在会上发表了讲话。')).toEqual([['欧阳明', '县文化局局长']])
  })

  it('keeps two joined positions and drops a preceding noun', () => {
    expect(pairs('市消防救援支队党委委员、防火监督处处长罗建新同志介绍了活动情况。')).toEqual([['罗建新', '市消防救援支队党委委员、防火监督处处长']])
    expect(pairs('介绍了宣传月活动、市消防救援支队宣传中心负责人梁晓之同志介绍了征集活动。')).toEqual([['梁晓之', '市消防救援支队宣传中心负责人']])
  })

  it('reads name before role in an appointment', () => {
    expect(pairs('成立了以刘建平校长为组长,邓秀英书记为副组长的领导小组。')).toEqual([['刘建平', '校长'], ['邓秀英', '书记']])
  })

  it('reads appointment lists 以X、Y为副组长 and 以X、Y等为组员', () => {
    expect(pairs('以许文博、曹丽华为副组长,以潘志刚、蒋春梅等为组员。')).toEqual([
      ['许文博', '副组长'], ['曹丽华', '副组长'], ['潘志刚', '组员'], ['蒋春梅', '组员'],
    ])
  })

  it('reads a two-character name followed by 老师', () => {
    expect(pairs('由团支部书记冯涛老师主持了开幕式。')).toEqual([['冯涛', '团支部书记']])
  })

  it('gives offsets and text spans into the original text', () => {
    const text = '会上,镇长邹立军作了工作报告。'
    const [p] = extractPeople(text)
    expect(p).toBeDefined()
    expect(text.slice(p!.offset, p!.offset + p!.text.length)).toBe(p!.text)
    expect(p!.text).toBe('镇长邹立军')
    expect(() => Person.parse(p)).not.toThrow()
  })

  it('deduplicates a person mentioned twice', () => {
    expect(pairs('副县长韩卫东同志出席。会后,副县长韩卫东同志到现场检查。')).toEqual([['韩卫东', '副县长']])
  })

  it('ignores a surname with a title only', () => {
    expect(pairs('首先,李院长向我们介绍了医院的情况。')).toEqual([])
    expect(pairs('学校成立了以王校长为组长的领导小组。')).toEqual([])
  })

  it('ignores a position without a name', () => {
    expect(pairs('指挥组由公司分管安全生产的副总经理担任总指挥。')).toEqual([])
    expect(pairs('社区主任带领社区干部深入社区走访。')).toEqual([])
  })

  it('ignores role words inside other words (校长会, 各校校长)', () => {
    expect(pairs('召开了三次校长会,各校校长任组员。')).toEqual([])
  })

  it('ignores common nouns after a role word', () => {
    expect(pairs('有县教育局等20余家成员单位参加的联席会议。')).toEqual([])
  })

  it('ignores blanked template names', () => {
    expect(pairs('组长:__(实验中学校长)')).toEqual([])
  })

  it('reads a name with 主任 followed by a verb', () => {
    expect(pairs('办公室主任胡丽萍带队检查了食堂。')).toEqual([['胡丽萍', '办公室主任']])
  })

  it('reads several people in one sentence in text order', () => {
    expect(pairs('校长蔡国庆、副校长韦小燕出席了仪式。')).toEqual([['蔡国庆', '校长'], ['韦小燕', '副校长']])
  })

  it('reads the names listed after the first under the same role', () => {
    expect(pairs('科主任孙海、胡立清、护士长卢小红、刘三妹等坚守在岗位上。')).toEqual([
      ['孙海', '科主任'], ['胡立清', '科主任'], ['卢小红', '护士长'], ['刘三妹', '护士长'],
    ])
    // 为 may stand inside a name the list delimits on both sides.
    expect(pairs('商会顾问董立堂、赵孝为、车本义等三十余人参加。').map(([n]) => n)).toEqual(['董立堂', '赵孝为', '车本义'])
  })

  it('reads a name before a 副 role as the shorter name', () => {
    expect(pairs('今年,常宁副局长被市妇联评为先进个人。')).toEqual([['常宁', '副局长']])
  })

  it('reads a role then a name followed by many kinds of verbs', () => {
    expect(pairs('教授苏永明、市委副书记孙伟东分别作了专题报告。')).toEqual([['苏永明', '教授'], ['孙伟东', '市委副书记']])
    expect(pairs('会长刘元明携理事班子成员参加了会议。')).toEqual([['刘元明', '会长']])
    expect(pairs('报社记者梁锐成摄影报道')).toEqual([['梁锐成', '报社记者']])
  })

  it('reads the names of a staffing line that run together', () => {
    expect(pairs('组长:王朝明副组长:刘克强李松涛计丽华组员:各科室负责人')).toEqual([
      ['王朝明', '组长'], ['刘克强', '副组长'], ['李松涛', '副组长'], ['计丽华', '副组长'],
    ])
  })

  it('reads the names of a staffing line set apart with spaces, each line on its own', () => {
    expect(pairs('组长:王朝明\n副组长:刘克强 李松涛 计丽华\n组员:教务处 总务处 保卫科')).toEqual([
      ['王朝明', '组长'], ['刘克强', '副组长'], ['李松涛', '副组长'], ['计丽华', '副组长'],
    ])
    // Words after a name on its line are no more names ("负责全面工作").
    expect(pairs('组长:王朝明 负责全面工作')).toEqual([['王朝明', '组长']])
  })

  it('reads people vouched for by a courtesy or a signature, without a role', () => {
    expect(pairs('我与李东明同志主要承担了丛书的编辑工作。')).toEqual([['李东明', null]])
    expect(pairs('述职人:刘晓红2024年1月15日')).toEqual([['刘晓红', null]])
    expect(pairs('安全工作常抓不懈,提升安全生产水平。\n马卿云')).toEqual([['马卿云', null]])
  })

  it('does not read phrases opening with a surname-like function word, nor places', () => {
    expect(pairs('向全体党员、组长和群众代表报告个人履职情况。')).toEqual([])
    expect(pairs('在领导小组的具体领导下由各校长任具体负责。')).toEqual([])
    expect(pairs('幼儿园教师3月工作总结')).toEqual([])
  })

  it('reads the name after the longest role run when two roles overlap (党总支书记: 支书 and 书记), and 应邀/获评 after a name', () => {
    expect(extractPeople('社区党总支书记莫某涛作动员讲话。').map((p) => [p.name, p.role])).toEqual([['莫某涛', '社区党总支书记']])
    expect(extractPeople('县教育局教研室副主任沈某宜应邀出席并致辞。').map((p) => p.name)).toEqual(['沈某宜'])
    expect(extractPeople('调解员姜某顺获评区优秀人民调解员。').map((p) => p.name)).toEqual(['姜某顺'])
    expect(extractPeople('副县长、县防指指挥长钟某鸣对汛期工作进行部署。').map((p) => [p.name, p.role])).toEqual([['钟某鸣', '副县长、县防指指挥长']])
  })

  it('returns nothing for plain narrative', () => {
    expect(extractPeople('同学们在操场上认真做操,气氛热烈。')).toEqual([])
  })
})
