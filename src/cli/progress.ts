/**
 * Run accounting for the CLI: a cli-progress bar on a TTY stderr (records, docs/s, ETA,
 * failures) and the one-line summary that is the only stderr output otherwise.
 */
import cliProgress from 'cli-progress'
import type { ErrorCode } from '../schema.js'
import { printable } from './printable.js'
import type { OutputRecord } from './records.js'

const MAX_LISTED = 10

/** Counts records and failures and draws the bar when asked to. */
export class Tally {
  records = 0
  failed = 0
  readonly byCode = new Map<ErrorCode, number>()
  readonly firstFailures: string[] = []
  private readonly started = Date.now()
  private bar: cliProgress.SingleBar | undefined

  constructor(options: { stream: NodeJS.WriteStream; quiet: boolean; total?: number }) {
    if (options.quiet || !options.stream.isTTY) return
    const known = options.total !== undefined && options.total > 0
    this.bar = new cliProgress.SingleBar(
      {
        stream: options.stream,
        format: known
          ? 'docsift {bar} {value}/{total} records | {speed} docs/s | ETA {eta_formatted} | {failed} failed'
          : 'docsift {value} records | {speed} docs/s | {failed} failed',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    )
    this.bar.start(known ? (options.total ?? 0) : 0, 0, { speed: '0', failed: 0 })
  }

  /** Counts one output record. */
  add(record: OutputRecord): void {
    this.records++
    if ('error' in record) {
      this.failed++
      this.byCode.set(record.error.code, (this.byCode.get(record.error.code) ?? 0) + 1)
      if (this.firstFailures.length < MAX_LISTED) {
        this.firstFailures.push(`${printable(record.id)}: ${record.error.code} ${printable(record.error.message)}`)
      }
    }
    if (this.bar) {
      const seconds = Math.max((Date.now() - this.started) / 1000, 0.001)
      this.bar.increment(1, { speed: (this.records / seconds).toFixed(1), failed: this.failed })
    }
  }

  /** Stops the bar and returns the summary lines. */
  finish(): string[] {
    this.bar?.stop()
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1)
    const codes = [...this.byCode].map(([code, n]) => `${code} ${n}`).join(', ')
    const head = `docsift: ${this.records} records, ${this.records - this.failed} ok, ${this.failed} failed${
      codes ? ` (${codes})` : ''
    } in ${seconds}s`
    const more = this.failed > this.firstFailures.length ? [`  … and ${this.failed - this.firstFailures.length} more`] : []
    return [head, ...this.firstFailures.map((line) => `  ${line}`), ...more]
  }
}
