/**
 * Synthetic JSONL input for the queue tests and bench: short work summaries we wrote ourselves,
 * as text and as HTML, with the records a batch must survive (no id, a numeric id, empty text,
 * binary text, a line that is not JSON).
 */
const PLACES = ['城东街道', '县农业农村局', '区文化馆', '镇中心小学', '市红十字会', '开发区管委会']
const EVENTS = ['垃圾分类宣传', '防溺水安全教育', '全民健身月', '科技下乡', '文明交通劝导', '敬老助残志愿服务']

/** One synthetic summary, different for every n. */
export function summaryText(n: number): string {
  const place = PLACES[n % PLACES.length] ?? '区文化馆'
  const event = EVENTS[(n * 5) % EVENTS.length] ?? '科技下乡'
  const year = 2014 + (n % 10)
  return [
    `${year}年${place}${event}活动总结`,
    '本文档由用户上传,仅供学习交流,如有侵权请联系删除。',
    `为推动${event}工作落到实处,${(n % 12) + 1}月${(n % 27) + 1}日,${place}召开动员会议,对活动作出安排。`,
    '一、高度重视,周密部署',
    `${place}成立了工作专班,印发了活动方案,细化了任务清单。`,
    '二、突出重点,扎实推进',
    `1、张贴海报${40 + (n % 70)}张,发放倡议书${800 + n}份。`,
    `2、开展入户走访${(n % 15) + 3}次,覆盖群众${300 + n}人。`,
    '三、下一步打算',
    '我们将认真总结经验,建立长效机制,推动工作常态化开展。',
  ].join('\n')
}

/** The same summary as an HTML page with site furniture around it. */
export function summaryHtml(n: number): string {
  const [title = '', notice = '', ...body] = summaryText(n).split('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}_范文网</title></head><body>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/zongjie/">活动总结</a></div>
<article><h1>${title}</h1><p>${notice}</p>${body.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>版权所有 © 范文网</footer></body></html>`
}

/** `count` JSONL lines (no trailing newline); every 50th record is one of the awkward kinds. */
export function queueJsonl(count: number): string[] {
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const awkward = i % 50
    if (awkward === 7) lines.push(JSON.stringify({ text: summaryText(i) })) // no id: the line number
    else if (awkward === 13) lines.push(JSON.stringify({ id: i, text: summaryText(i) })) // numeric id
    else if (awkward === 21) lines.push(JSON.stringify({ id: `q-${i}`, text: '' }))
    else if (awkward === 29) lines.push(JSON.stringify({ id: `q-${i}`, text: '\u0001\u0002\u0003\u0004'.repeat(40) }))
    else if (awkward === 37) lines.push(`{"id": "q-${i}", "text": 没有引号}`)
    else if (i % 3 === 0) lines.push(JSON.stringify({ id: `q-${i}`, html: summaryHtml(i), url: `https://fanwen.example.org/a/${i}.html` }))
    else lines.push(JSON.stringify({ id: `q-${i}`, text: summaryText(i) }))
  }
  return lines
}
