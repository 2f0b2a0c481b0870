/**
 * The commander program: clean, extract, sift, schema and report, with help and examples.
 * Only this folder writes to the console.
 */
import { Command, Option } from 'commander'
import type { Readable, Writable } from 'node:stream'
import { defaultWorkers } from '../batch/pool.js'
import { toSiftOptions, toWorkers, addCleaningFlags, UsageError, type CleaningFlags } from './options.js'
import { EXIT, runBatch } from './run.js'
import { jsonSchemas, SCHEMA_NAMES } from './schemas.js'
import { runReport } from './report.js'
import { addQueueCommands } from './queue.js'

/** The streams a run talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: NodeJS.WriteStream
}

interface BatchFlags extends CleaningFlags {
  format?: 'text' | 'json' | 'md'
  json?: boolean
  jsonl?: boolean
  out?: string
  workers?: string
  quiet?: boolean
  keepInput?: boolean
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
  $ docsift extract page.txt --reference-date 2021-01-01
  $ docsift extract --jsonl in.jsonl --workers 4 > out.jsonl`,
  sift: `
Examples:
  $ docsift sift page.html                       clean + extract: the whole SiftResult JSON
  $ docsift sift 'corpus/**/*.html' --out results/ --format json
  $ docsift sift --jsonl in.jsonl --workers 8 > out.jsonl
  $ docsift sift --jsonl --quiet < in.jsonl | jq -c '{id, year: .fields.year}'`,
}

/** Builds the program; `io` and the exit code holder make it testable without a process. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('docsift')
    .description('Clean scraped Chinese work-summary pages into text and typed data, explaining every cut.')
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
  $ docsift extract page.html
  $ docsift sift --jsonl < in.jsonl > out.jsonl
  $ docsift report pages/ -o report.html
  $ docsift schema WorkSummary

Exit codes: 0 all records ok, 1 some records failed (see the stderr summary), 2 usage error.`,
    )

  for (const name of ['clean', 'extract', 'sift'] as const) {
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
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md']))
      .option('--json', 'same as --format json: the whole result')
      .option('--jsonl', 'read JSONL records ({"id","text"} | {"id","html"} | {"id","path"}) and write one result line each')
      .option('-o, --out <dir>', 'write one result file per input into this directory')
      .option('-w, --workers <n>', `worker threads; 0 or 1 runs in-process (default: ${defaultWorkers()})`)
      .option('-q, --quiet', 'no progress bar; only the summary on stderr')
      .option('--keep-input', 'JSONL: include the normalized input that removal offsets refer to')
      .addHelpText('after', EXAMPLES[name])
    addCleaningFlags(command)
    command.action(async (paths: string[], flags: BatchFlags) => {
      if (paths.length === 0) refuseTerminalStdin(io.stdin)
      const format = flags.json ? 'json' : (flags.format ?? (name === 'clean' ? 'text' : 'json'))
      setExit(
        await runBatch({
          command: name,
          paths,
          jsonl: flags.jsonl ?? false,
          format,
          ...(flags.out === undefined ? {} : { out: flags.out }),
          workers: toWorkers(flags.workers, defaultWorkers()),
          quiet: flags.quiet ?? false,
          keepInput: flags.keepInput ?? false,
          options: toSiftOptions(flags),
          ...io,
        }),
      )
    })
  }

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

  const report = program
    .command('report')
    .description('write one self-contained HTML audit page: removals struck through by rule, fields, corpus totals')
    .argument('[paths...]', 'files, directories, globs (or JSONL files with --jsonl; default: stdin)')
    .requiredOption('-o, --output <file>', 'the HTML file to write')
    .option('--jsonl', 'read JSONL records instead of document files')
    .option('-w, --workers <n>', `worker threads (default: ${defaultWorkers()})`)
    .option('-q, --quiet', 'no progress bar')
    .option('--title <text>', 'page title', 'docsift audit report')
    .addHelpText('after', '\nExamples:\n  $ docsift report pages/ -o report.html\n  $ docsift report --jsonl sample.jsonl -o audit.html')
  addCleaningFlags(report)
  report.action(async (paths: string[], flags: CleaningFlags & { output: string; jsonl?: boolean; workers?: string; quiet?: boolean; title: string }) => {
    if (paths.length === 0) refuseTerminalStdin(io.stdin)
    setExit(
      await runReport({
        paths,
        output: flags.output,
        jsonl: flags.jsonl ?? false,
        workers: toWorkers(flags.workers, defaultWorkers()),
        quiet: flags.quiet ?? false,
        title: flags.title,
        options: toSiftOptions(flags),
        ...io,
      }),
    )
  })
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
