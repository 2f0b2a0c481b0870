/** Parsing: the same tree cheerio builds for real markup, in linear time for pathological nesting. */
import { load } from 'cheerio/slim'
import { describe, expect, it } from 'vitest'
import { capDepth, parseHtml, removeAll } from './dom.js'

const OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } }

describe('parseHtml', () => {
  it('builds the tree cheerio builds: implied closes, foreign content, stray end tags', () => {
    const page =
      '<html><head><title>t</title></head><body><div class="a"><p>一<p>二<ul><li>x<li>y</ul>' +
      '<table><tr><td>1<td>2<tr><td>3</table><svg><g><text>z</text></g></svg><math><mi>x</math>' +
      '<b><i>u</b></i></span><br></br></p><select><option>a<option>b</select></div></body></html>'
    expect(parseHtml(page).html()).toBe(load(page, OPTIONS).html())
  })

  it('caps nesting: text under the cap keeps its order, script stays a script', () => {
    const deep = `<body>${'<div>'.repeat(300)}<p>甲</p><div><script>var x</script>乙</div>${'</div>'.repeat(300)}<p>丙</p></body>`
    const $ = parseHtml(deep)
    expect($('body').text()).toBe('甲var x乙丙')
    expect($('script').text()).toBe('var x')
    let depth = 0
    let node = $('body')[0]
    while (node && 'children' in node && node.children.some((c) => c.type === 'tag')) {
      node = node.children.find((c) => c.type === 'tag') as typeof node
      depth++
    }
    expect(depth).toBeLessThanOrEqual(130)
  })

  it('capDepth leaves shallow trees alone', () => {
    const $ = load('<div><p>a</p><p>b</p></div>', OPTIONS)
    const before = $.html()
    capDepth($.root()[0]!, 5)
    expect($.html()).toBe(before)
  })

  it('removeAll detaches many siblings in one pass and relinks the rest', () => {
    const $ = load(`<div>${Array.from({ length: 50 }, (_, i) => `<meta n="${i}"><p>${i}</p>`).join('')}</div>`, OPTIONS)
    removeAll($('meta').toArray())
    expect($('meta').length).toBe(0)
    const ps = $('p').toArray()
    expect(ps.map((p) => $(p).text()).join(',')).toBe(Array.from({ length: 50 }, (_, i) => i).join(','))
    expect(ps[1]?.prev).toBe(ps[0])
    expect(ps[0]?.next).toBe(ps[1])
  })
})
