#!/usr/bin/env node
/**
 * The `docsift` bin entry (dist/cli.js). It only wires the process to the program.
 */
import { limitHeapGrowth } from './heap.js'
import { runCli } from './program.js'
import { EXIT } from './run.js'

// A batch's heap holds mostly dead pages: keep it from growing far past what is live.
limitHeapGrowth()

// `docsift … | head` closes the pipe early: that is the reader's choice, not a failure. Any other
// failed write (`> /dev/full`) ends the run with one line and its own exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok)
  process.stderr.write(`docsift: cannot write to stdout: ${error.message}\n`)
  process.exit(EXIT.output)
})

runCli(process.argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`docsift: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = EXIT.internal
  },
)
