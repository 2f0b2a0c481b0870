/**
 * The distributed-mode commands: enqueue, worker, collect, status (src/queue over BullMQ on Redis).
 * Queue errors print one line; a Redis that cannot be reached exits with its own code.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Option, type Command } from 'commander'
import { DocsiftError } from '../errors.js'
import type { OutputRecord } from '../schema.js'
import { collect, createWorker, enqueue, fileTask, LARGE_PAGE_BYTES, queueStatus, type QueueTarget } from '../queue/index.js'
import { write } from './jsonl.js'
import { toAllowedDir, addCleaningFlags, toSiftOptions, UsageError, type CleaningFlags } from './options.js'
import type { CliIo } from './program.js'
import { Tally } from './progress.js'
import type { Task } from './records.js'
import { EXIT } from './run.js'
import { fileTasks, jsonlTasks, stdinTask } from './sources.js'

/** Exit code when Redis cannot be reached (0, 1 and 2 mean what they mean for sift). */
export const EXIT_UNREACHABLE = 3

interface QueueFlags {
  redis: string
  queue: string
  quiet?: boolean
}

const DEFAULT_REDIS = 'redis://127.0.0.1:6379'
const UNSAFE_NAME = /[^\w.\-\u4e00-\u9fff]/g
const WAIT_NOTICE_MS = 5000

/** Adds enqueue, worker, collect and status to the program. */
export function addQueueCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const guarded =
    <A extends unknown[]>(run: (...args: A) => Promise<number>) =>
    async (...args: A): Promise<void> => {
      try {
        setExit(await run(...args))
      } catch (error) {
        if (!(error instanceof DocsiftError)) throw error
        io.stderr.write(`docsift: ${error.message}\n`)
        setExit(error.code === 'IO_ERROR' ? EXIT_UNREACHABLE : EXIT.usage)
      }
    }

  queueCommand(program, 'enqueue', 'queue one job per record (idempotent by id: a queued or done id is not added again)')
    .argument('[paths...]', 'files, directories, globs, or JSONL files with --jsonl (default: stdin)')
    .option('--jsonl', 'read JSONL records ({"id","text"} | {"id","html"} | {"id","path"}), as sift --jsonl does')
    .option('--force', 'queue ids that are already done again')
    .option('--attempts <n>', 'tries per job before its failure becomes an error record', '3')
    .option('--backoff <ms>', 'first retry delay, doubled on each retry', '1000')
    .option('--inline-limit <bytes>', 'pages larger than this travel by reference', String(LARGE_PAGE_BYTES))
    .option('--spool <dir>', 'where large pages are written for the workers (shared by all machines; default: the temp dir)')
    .addHelpText('after', '\nExamples:\n  $ docsift enqueue --redis redis://queue-host:6379 --queue crawl --jsonl pages.jsonl\n  $ docsift enqueue --queue crawl pages/')
    .action(
      guarded(async (paths: string[], flags: QueueFlags & { jsonl?: boolean; force?: boolean; attempts: string; backoff: string; inlineLimit: string; spool?: string }) => {
        const inlineLimit = whole('--inline-limit', flags.inlineLimit)
        const summary = await enqueue({
          ...target(flags),
          records: tasks(paths, flags.jsonl ?? false, inlineLimit, io),
          force: flags.force ?? false,
          attempts: whole('--attempts', flags.attempts),
          backoffMs: whole('--backoff', flags.backoff),
          inlineLimit,
          ...(flags.spool === undefined ? {} : { spoolDir: flags.spool }),
        })
        io.stderr.write(
          `docsift: ${summary.records} records: ${summary.added} added, ${summary.requeued} requeued, ${summary.skipped} already queued or done` +
            `, ${summary.duplicates} repeated ids ignored, ${summary.byReference} by reference (spool: ${summary.spoolDir})\n`,
        )
        return EXIT.ok
      }),
    )

  const worker = queueCommand(program, 'worker', 'process queued records until SIGTERM (start any number, on any number of machines)')
    .option('-c, --concurrency <n>', 'records at once, one thread each (each holds its own dictionaries, about 300 MB)', '1')
    .addOption(new Option('--command <name>', 'what each record goes through').choices(['sift', 'clean', 'extract']).default('sift'))
    .option('--timeout <ms>', 'time limit per attempt; the thread is terminated and the attempt retried', '120000')
    .option('--lock-duration <ms>', 'a dead worker\'s job is taken back after this', '30000')
    .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', '30000')
    .option('--max-stalled <n>', 'stalls a job may survive before it fails', '1')
    .option('--grace <ms>', 'on SIGTERM, wait this long for active jobs, then give them back to the queue', '30000')
    .option('--name <name>', 'worker name stored on the jobs it takes')
    .option('--allow-paths <dir>', 'let {"path"} records read files under DIR (refused otherwise)')
    .addHelpText('after', '\nExamples:\n  $ docsift worker --redis redis://queue-host:6379 --queue crawl --concurrency 2\n  $ docsift worker --queue crawl --command clean --disable offtopic/')
  addCleaningFlags(worker).action(
    guarded(async (flags: QueueFlags & CleaningFlags & Record<string, string | undefined>) => {
      const log = (line: string): void => {
        if (!flags.quiet) io.stderr.write(`docsift worker: ${line}\n`)
      }
      const running = await createWorker({
        ...target(flags),
        command: flags.command as 'sift' | 'clean' | 'extract',
        options: toSiftOptions(flags),
        concurrency: whole('--concurrency', flags.concurrency),
        timeoutMs: whole('--timeout', flags.timeout),
        lockDuration: whole('--lock-duration', flags.lockDuration),
        stalledInterval: whole('--stalled-interval', flags.stalledInterval),
        maxStalledCount: whole('--max-stalled', flags.maxStalled),
        ...(flags.name === undefined ? {} : { name: flags.name }),
        ...(flags.allowPaths === undefined ? {} : { allowPaths: toAllowedDir(flags.allowPaths) }),
        onLog: log,
      })
      log(`ready (queue ${flags.queue}, ${flags.command}, concurrency ${running.concurrency}, pid ${process.pid})`)
      const grace = whole('--grace', flags.grace)
      await new Promise<void>((resolve) => {
        let signals = 0
        const stop = (signal: NodeJS.Signals): void => {
          signals++
          log(signals === 1 ? `${signal}: finishing active jobs (at most ${grace} ms)` : `${signal}: giving active jobs back now`)
          void running.close({ graceMs: signals === 1 ? grace : 0 }).then(() => {
            process.off('SIGTERM', stop)
            process.off('SIGINT', stop)
            resolve()
          })
        }
        process.on('SIGTERM', stop)
        process.on('SIGINT', stop)
      })
      const stats = running.stats()
      log(`stopped: ${stats.done} done (${stats.errorRecords} error records), ${stats.retried} retried, ${stats.returned} given back, ${stats.stalled} stalled jobs recovered`)
      return EXIT.ok
    }),
  )

  queueCommand(program, 'collect', 'write every record\'s result in input order, waiting for unfinished ones')
    .option('-o, --out <dir>', 'write one <id>.json file per record instead of JSONL on stdout')
    .option('--poll <ms>', 'how often to look again while waiting', '500')
    .addHelpText('after', '\nExamples:\n  $ docsift collect --redis redis://queue-host:6379 --queue crawl > out.jsonl\n  $ docsift collect --queue crawl --out results/')
    .action(
      guarded(async (flags: QueueFlags & { out?: string; poll: string }) => {
        const tally = new Tally({ stream: io.stderr, quiet: flags.quiet ?? false })
        const names = new Map<string, number>()
        let noticed = 0
        const records = collect({
          ...target(flags),
          pollMs: whole('--poll', flags.poll),
          onWait: ({ id, collected }) => {
            if (flags.quiet || Date.now() - noticed < WAIT_NOTICE_MS) return
            noticed = Date.now()
            io.stderr.write(`docsift collect: ${collected} written, waiting for ${JSON.stringify(id)}\n`)
          },
        })
        for await (const record of records) {
          tally.add(record)
          if (flags.out === undefined) await write(io.stdout, `${JSON.stringify(record)}\n`)
          else writeRecord(flags.out, record, names)
        }
        io.stderr.write(`${tally.finish().join('\n')}\n`)
        return tally.failed > 0 ? EXIT.failed : EXIT.ok
      }),
    )

  queueCommand(program, 'status', 'print how many records are waiting, active, delayed (retry backoff), done and failed')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExamples:\n  $ docsift status --queue crawl\n  $ docsift status --queue crawl --json | jq .done')
    .action(
      guarded(async (flags: QueueFlags & { json?: boolean }) => {
        const status = await queueStatus(target(flags))
        const line = flags.json
          ? JSON.stringify(status)
          : `${status.records} records: ${status.waiting} waiting, ${status.active} active, ${status.delayed} delayed, ${status.done} done, ${status.failed} failed`
        io.stdout.write(`${line}\n`)
        return EXIT.ok
      }),
    )
}

function queueCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--redis <url>', 'Redis URL', DEFAULT_REDIS)
    .option('--queue <name>', 'queue name', 'docsift')
    .option('-q, --quiet', 'no progress lines on stderr')
}

function target(flags: QueueFlags): QueueTarget {
  return { connection: flags.redis, queue: flags.queue }
}

/** The records of an enqueue: JSONL lines, or documents (small files travel in the job), or one document on stdin. */
async function* tasks(paths: string[], jsonl: boolean, inlineLimit: number, io: CliIo): AsyncGenerator<Task> {
  if (jsonl) return yield* jsonlTasks(paths, io.stdin)
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) return yield await stdinTask(io.stdin)
  for (const task of fileTasks(paths)) {
    if (task.kind === 'file' || task.kind === 'path') yield await fileTask(task.id, task.path, inlineLimit)
  }
}

/** One `<id>.json` per record; ids that clean to the same name get a numbered suffix rather than overwrite. */
function writeRecord(dir: string, record: OutputRecord, names: Map<string, number>): void {
  const base = String(record.id).replace(UNSAFE_NAME, '_')
  const seen = names.get(base) ?? 0
  names.set(base, seen + 1)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, seen === 0 ? `${base}.json` : `${base}~${seen + 1}.json`), `${JSON.stringify(record)}\n`)
}

function whole(flag: string, value: string | undefined): number {
  const n = Number(value)
  if (value === undefined || !Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number ≥ 1, got "${value ?? ''}"`)
  return n
}
