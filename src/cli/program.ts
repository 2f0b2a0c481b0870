/**
 * The commander program: one registration per command (clean, extract, sift, schema, report, train,
 * and the queue commands), each with its help and examples. Only this folder writes to the console.
 */
import { Command, Option } from 'commander'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { version } from '../../package.json'
import { toSiftOptions, toWorkers, addCleaningFlags, toTimeoutMs, toAllowedDir, toFields, UsageError, type CleaningFlags } from './options.js'
import { OutputError } from './output.js'
import { EXIT, runBatch, type Format } from './run.js'
import { jsonSchemas, SCHEMA_NAMES } from './schemas.js'
import { runReport } from './report.js'
import { addQueueCommands } from './queue.js'
import { runTrain } from './train.js'

/** The streams a run talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: NodeJS.WriteStream
}

/** What every command registration gets: the streams and where to put the exit code. */
export interface CliContext {
  io: CliIo
  setExit: (code: number) => void
}

/** Flags shared by every command that runs documents through the pool. */
interface RunFlags extends CleaningFlags {
  jsonl?: boolean
  workers?: string
  timeout?: string
  allowPaths?: string
  quiet?: boolean
  verbose?: boolean
}

interface BatchFlags extends RunFlags {
  format?: Format
  json?: boolean
  fields?: string
  out?: string
  keepInput?: boolean
}

interface ReportFlags extends RunFlags {
  out?: string
  html?: string
  title: string
}

const EXAMPLES: Record<'clean' | 'extract' | 'sift', string> = {
  clean: `
Examples:
  $ docsift clean page.txt                       cleaned text, one paragraph per line
  $ docsift clean page.html --format md          Markdown of the cleaned document
  $ docsift clean page.txt --json                the whole CleanResult (blocks, removed, flags)
  $ docsift clean pages/ --out cleaned/          every .txt/.html under pages/, one file each
  $ docsift clean --jsonl < in.jsonl > out.jsonl one result line per {"id","text"} line
  $ cat page.txt | docsift clean --disable offtopic/,related-list/`,
  extract: `
Examples:
  $ docsift extract page.txt                     the WorkSummary JSON (year, dates, counts, activities…)
  $ docsift extract page.txt -f md               the same facts as Markdown
  $ docsift extract page.txt -p year,period,counts
  $ docsift extract page.txt --reference-date 2021-01-01
  $ docsift extract --jsonl in.jsonl -f csv -p id,fields.year,fields.genre > years.csv`,
  sift: `
Examples:
  $ docsift sift page.html                       clean + extract: the whole SiftResult JSON
  $ docsift sift 'corpus/**/*.html' --out results/ --format json
  $ docsift sift --jsonl in.jsonl --workers 8 --timeout 30s > out.jsonl
  $ docsift sift --jsonl --allow-paths crawl/ paths.jsonl > out.jsonl   # {"id","path"} records under crawl/
  $ docsift sift --jsonl --quiet < in.jsonl | jq -c '{id, year: .fields.year}'`,
}

/** Adds the flags of every command that runs documents: workers, deadline, path records, verbosity. */
function addRunFlags(command: Command): Command {
  return command
    .option('--jsonl', 'read JSONL records ({"id","text"} | {"id","html"} | {"id","path"}) instead of document files')
    .option('-w, --workers <n>', 'worker threads, 0 = in-process (default: cores − 1 and ~400 MB free per worker, at most 8; --verbose shows it)')
    .option('--timeout <duration>', 'per-record deadline on worker threads: 30s, 500ms, 2m; 0 = none (default 60s)')
    .option('--allow-paths <dir>', 'let {"path"} records read files, only under this directory')
    .option('-q, --quiet', 'no progress bar; only the summary on stderr')
    .option('--verbose', 'say what was chosen (worker count, deadline) on stderr')
}

/** The run flags as checked values; every check happens before any input is read. */
function runSettings(flags: RunFlags): { workers?: number; timeoutMs?: number; allowPaths?: string } {
  const workers = flags.workers === undefined ? undefined : toWorkers(flags.workers, 0)
  const timeoutMs = toTimeoutMs(flags.timeout)
  const allowPaths = toAllowedDir(flags.allowPaths)
  return {
    ...(workers === undefined ? {} : { workers }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(allowPaths === undefined ? {} : { allowPaths }),
  }
}

/** clean / extract / sift: documents or JSONL records through the pool, printed or written under --out. */
function registerBatch(program: Command, { io, setExit }: CliContext, name: 'clean' | 'extract' | 'sift'): void {
  const command = program
    .command(name)
    .description(
      {
        clean: 'remove boilerplate and print the cleaned text',
        extract: 'print the extracted WorkSummary (dates, counts, activities, people…)',
        sift: 'clean and extract in one pass; prints the SiftResult',
      }[name],
    )
    .argument('[paths...]', 'files, directories (recursive), globs, or - for stdin (default: stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (csv: one row of flat fields per document)').choices(['text', 'json', 'md', 'csv']))
    .option('--json', 'same as --format json: the whole result')
    .option('-p, --fields <list>', 'only these fields of JSON or CSV output, dotted and comma-separated (id,fields.year)')
    .option('-o, --out <dir>', 'write one result file per input into this directory')
    .option('--keep-input', 'JSONL: include the normalized input that removal offsets refer to')
  addRunFlags(command)
  addCleaningFlags(command)
  command.addHelpText('after', EXAMPLES[name])
  command.action(async (paths: string[], flags: BatchFlags) => {
    if (flags.json && flags.format !== undefined && flags.format !== 'json') throw new UsageError(`--json and --format ${flags.format} disagree`)
    const given = flags.json ? 'json' : flags.format
    const fields = toFields(flags.fields)
    const options = toSiftOptions(flags)
    const settings = runSettings(flags)
    if (paths.length === 0) refuseTerminalStdin(io.stdin)
    setExit(
      await runBatch({
        command: name,
        paths,
        jsonl: flags.jsonl ?? false,
        // JSONL in, JSONL out; one document of clean prints its text; everything else prints JSON.
        format: given ?? (flags.jsonl || name !== 'clean' ? 'json' : 'text'),
        formatGiven: given !== undefined,
        ...(fields === undefined ? {} : { fields }),
        ...(flags.out === undefined ? {} : { out: flags.out }),
        ...settings,
        quiet: flags.quiet ?? false,
        verbose: flags.verbose ?? false,
        keepInput: flags.keepInput ?? false,
        options,
        ...io,
      }),
    )
  })
}

/** schema: the JSON Schema of the outputs. */
function registerSchema(program: Command, { io, setExit }: CliContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of the outputs (CleanResult, WorkSummary, SiftResult, JSONL records)')
    .argument('[name]', `one of ${SCHEMA_NAMES.join(', ')}`)
    .addHelpText('after', '\nExamples:\n  $ docsift schema > docsift.schema.json\n  $ docsift schema OutputRecord')
    .action((name: string | undefined) => {
      const schema = jsonSchemas(name)
      if (schema === undefined) throw new UsageError(`unknown schema "${name ?? ''}"; one of ${SCHEMA_NAMES.join(', ')}`)
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`)
      setExit(EXIT.ok)
    })
}

/** report: the one-page HTML audit. */
function registerReport(program: Command, { io, setExit }: CliContext): void {
  const report = program
    .command('report')
    .description('write one self-contained HTML audit page: removals struck through by rule, fields, corpus totals')
    .argument('[paths...]', 'files, directories, globs (or JSONL files with --jsonl; default: stdin)')
    .option('-o, --out <dir>', 'write the page as report.html in this directory')
    .option('--html <file>', 'write the page to this file')
    .option('--title <text>', 'page title', 'docsift audit report')
    .addHelpText('after', '\nExamples:\n  $ docsift report pages/ -o audit/            audit/report.html\n  $ docsift report --jsonl sample.jsonl --html may.html --title "May crawl"')
  addRunFlags(report)
  addCleaningFlags(report)
  report.action(async (paths: string[], flags: ReportFlags) => {
    if (flags.out !== undefined && flags.html !== undefined) throw new UsageError('give --html FILE or -o DIR, not both')
    const output = flags.html ?? (flags.out === undefined ? undefined : join(flags.out, 'report.html'))
    if (output === undefined) throw new UsageError('report needs where to write: --html FILE or -o DIR (writes DIR/report.html)')
    const options = toSiftOptions(flags)
    const settings = runSettings(flags)
    if (paths.length === 0) refuseTerminalStdin(io.stdin)
    setExit(
      await runReport({
        paths,
        output,
        jsonl: flags.jsonl ?? false,
        ...settings,
        quiet: flags.quiet ?? false,
        verbose: flags.verbose ?? false,
        title: flags.title,
        options,
        ...io,
      }),
    )
  })
}

interface TrainFlags extends CleaningFlags {
  out: string
  topicOut?: string
  activitiesOut?: string
}

/** train: fits the learned parts on the caller's labelled pages. */
function registerTrain(program: Command, { io }: CliContext): void {
  const command = program
    .command('train')
    .description('train the line model (and the off-topic model) on labelled pages: NAME.txt beside NAME.gold.json')
    .argument('<paths...>', 'labelled pages: directories (walked recursively), globs or .txt files, each beside its .gold.json')
    .requiredOption('-o, --out <file>', 'write the line model here (JSON; give it to --model or clean(page, { model }))')
    .option('--topic-out <file>', 'also train the off-topic model and write it here (needs pages from two or more sites)')
    .option('--activities-out <file>', 'also train the deed scorer and write it here (needs pages whose gold has fields.activities)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ docsift train labelled/ -o model.json\n  $ docsift train labelled/ -o model.json --topic-out topic.json\n  $ docsift sift --model model.json --topic-model topic.json page.txt',
    )
  addCleaningFlags(command)
  command.action((paths: string[], flags: TrainFlags) => {
    const { model: _model, topicModel: _topic, activityModel: _deeds, ...cleaning } = flags
    runTrain({
      paths, output: flags.out, options: toSiftOptions(cleaning), stderr: io.stderr,
      ...(flags.topicOut === undefined ? {} : { topicOutput: flags.topicOut }),
      ...(flags.activitiesOut === undefined ? {} : { activitiesOutput: flags.activitiesOut }),
    })
  })
}

/** Builds the program; `io` and the exit code holder make it testable without a process. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('docsift')
    .description('Clean scraped Chinese work-summary pages into text and typed data, explaining every cut.')
    .version(version, '-V, --version', 'print the docsift version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ docsift clean page.txt
  $ docsift extract page.html -f md
  $ docsift sift --jsonl < in.jsonl > out.jsonl
  $ docsift report pages/ -o audit/
  $ docsift schema WorkSummary

Exit codes: 0 all records ok, 1 some records failed (see the stderr summary), 2 usage error or no input,
70 internal error, 74 the output could not be written (stdout closed or full, --out unwritable).`,
    )
  const context: CliContext = { io, setExit }
  for (const name of ['clean', 'extract', 'sift'] as const) registerBatch(program, context, name)
  registerSchema(program, context)
  registerReport(program, context)
  registerTrain(program, context)
  addQueueCommands(program, io, setExit)
  return program
}

/** Runs the CLI on `argv` (as process.argv) and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(io, (c) => {
    code = c
  })
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`docsift: ${error.message}\n`)
      return EXIT.usage
    }
    if (error instanceof OutputError) {
      io.stderr.write(`docsift: ${error.message}\n`)
      return EXIT.output
    }
    if (isCommanderExit(error)) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    throw error
  }
  return code
}

// Reading a document from an interactive terminal is almost always a forgotten argument.
function refuseTerminalStdin(stdin: Readable): void {
  if ((stdin as Readable & { isTTY?: boolean }).isTTY) throw new UsageError('no input: give paths, pipe a document, or use --jsonl with a file')
}

function isCommanderExit(error: unknown): error is { exitCode: number } {
  return typeof error === 'object' && error !== null && 'exitCode' in error && typeof error.exitCode === 'number' && 'code' in error
}
