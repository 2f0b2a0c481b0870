/**
 * What the first call costs: importing docsift, then ready() (nodejieba dictionaries), then one sift.
 * Run on a build: `npm run build && node scripts/cold-start.mjs` (one fresh process per measurement).
 */
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const w0 = performance.now(), c0 = cpu()
const d = await import('../dist/index.js')
const w1 = performance.now(), c1 = cpu(), r1 = process.memoryUsage().rss
await d.ready()
const w2 = performance.now(), c2 = cpu(), r2 = process.memoryUsage().rss
d.sift('2021年社区志愿服务活动总结\n为提高居民文明意识,5月12日,街道开展了志愿服务活动,发放宣传资料2000余份。')
const w3 = performance.now(), c3 = cpu()
console.log(JSON.stringify({ importWall: Math.round(w1-w0), importCpu: Math.round(c1-c0), readyWall: Math.round(w2-w1), readyCpu: Math.round(c2-c1), rssAfterImportMB: Math.round(r1/1e6), rssAfterReadyMB: Math.round(r2/1e6), firstSiftWall: Math.round(w3-w2) }))
