/**
 * The API's promise to callers: wrong inputs and options throw DocsiftError with a code (never a
 * TypeError from deep inside), and text with a bad byte is still read as the text it is.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { clean, cleanToMarkdown, DocsiftError, docsift, extract, extractAll, ready, sift, type ErrorCode } from '../src/index.js'

const PAGE = '2021年社区志愿服务活动总结\n为提高居民文明意识,5月12日,街道开展了志愿服务活动,发放宣传资料2000余份。'

/** The code of the DocsiftError `fn` throws; fails the test when it throws anything else or nothing. */
async function codeOf(fn: () => unknown): Promise<ErrorCode> {
  try {
    await fn()
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(DocsiftError)
    return (error as DocsiftError).code
  }
  throw new Error('did not throw')
}

describe('wrong inputs', () => {
  it('extract, extractAll and cleanToMarkdown refuse what is not a string or a CleanResult with BAD_INPUT', async () => {
    for (const input of [null, undefined, 123, {}, [], { text: 'x' }]) {
      expect(await codeOf(() => extract(input as never)), JSON.stringify(input)).toBe('BAD_INPUT')
      expect(await codeOf(() => extractAll(input as never))).toBe('BAD_INPUT')
      expect(await codeOf(() => cleanToMarkdown(input as never))).toBe('BAD_INPUT')
    }
    expect(await codeOf(() => cleanToMarkdown(PAGE as never))).toBe('BAD_INPUT')
    expect(await codeOf(() => clean(5 as never))).toBe('BAD_INPUT')
  })

  it('a CleanResult that went through JSON is still accepted', () => {
    const result = JSON.parse(JSON.stringify(clean(PAGE))) as ReturnType<typeof clean>
    expect(extract(result).year).toBe(2021)
    expect(cleanToMarkdown(result)).toContain('# 2021年社区志愿服务活动总结')
  })

  it('the unified processor refuses a file whose value is not a page', async () => {
    expect(await codeOf(() => docsift.process({ value: 5 } as never))).toBe('BAD_INPUT')
    expect(await codeOf(() => docsift.process({ value: null } as never))).toBe('BAD_INPUT')
    expect(String(await docsift.process(PAGE))).toContain('2021年社区志愿服务活动总结')
  })
})

describe('wrong options', () => {
  it('an unknown charset, rule id or kind prefix, or an impossible reference date is BAD_OPTIONS, for text too', async () => {
    expect(await codeOf(() => clean(PAGE, { charset: 'foo' }))).toBe('BAD_OPTIONS')
    expect(await codeOf(() => clean(PAGE, { disable: ['nosuchrule'] }))).toBe('BAD_OPTIONS')
    expect(await codeOf(() => clean(PAGE, { disable: ['offtopic'] }))).toBe('BAD_OPTIONS')
    expect(await codeOf(() => clean(PAGE, { phrases: { 'boilerplate/nope': ['本站文档'] } }))).toBe('BAD_OPTIONS')
    expect(await codeOf(() => sift(PAGE, { referenceDate: '2021-13-45' }))).toBe('BAD_OPTIONS')
    expect(await codeOf(() => extract(PAGE, { referenceDate: '2021-02-30' }))).toBe('BAD_OPTIONS')
    // What does exist still works.
    expect(clean(PAGE, { disable: ['offtopic/', 'related-list/related-documents'], charset: 'gbk' }).text).toContain('志愿服务')
    expect(extract(PAGE, { referenceDate: '2020-02-29' }).year).toBe(2021)
  })
})

describe('bytes that are nearly UTF-8', () => {
  const bytes = Buffer.from(PAGE, 'utf8')

  it('a truncated last character is decoded as UTF-8 with one U+FFFD, not as another charset', () => {
    const truncated = bytes.subarray(0, bytes.length - 2)
    const result = clean(truncated)
    expect(result.flags.empty).toBe(false)
    expect(result.text).toContain('街道开展了志愿服务活动')
    expect(result.source.charset).toBe('utf-8')
    expect(result.source.decodeErrors).toBe(1)
  })

  it('one bad byte inside the text is a replacement character, and the rest of the text stays', () => {
    const broken = Buffer.from(bytes)
    broken[12] = 0xff
    // The same in a page that declares another charset.
    const html = Buffer.from(`<html><head><meta charset="gbk"></head><body><p>${PAGE.replace('\n', '</p><p>')}</p></body></html>`)
    html[html.indexOf(Buffer.from('为提高')) + 1] = 0xff
    for (const result of [clean(broken), clean(html)]) {
      expect(result.flags.empty).toBe(false)
      expect(result.text).toContain('提高居民文明意识')
      expect(result.text).toContain('\ufffd')
      expect(result.source.decodeErrors).toBeGreaterThanOrEqual(1)
    }
  })

  it('valid UTF-8 has no decodeErrors field', () => {
    expect(clean(bytes).source.decodeErrors).toBeUndefined()
  })
})

describe('cold start', () => {
  it('ready() loads the dictionaries ahead of the first call', async () => {
    expectTypeOf(ready).toEqualTypeOf<() => Promise<void>>()
    await expect(ready()).resolves.toBeUndefined()
    expect(sift(PAGE).summary.counts[0]?.value).toBe(2000)
  })
})
