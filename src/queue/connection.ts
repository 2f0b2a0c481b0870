/**
 * Opens a docsift queue: one ioredis client, BullMQ's Queue on it, and the key that keeps the
 * records' input order. bullmq and ioredis are loaded on first use, so `import 'docsift'` and the
 * other CLI commands do not pay for them.
 */
import type { Queue } from 'bullmq'
import type { Redis, RedisOptions } from 'ioredis'
import { DocsiftError } from '../errors.js'

/**
 * ioredis connection options (host, port, password, db, tls …; any ioredis option is passed on).
 * Declared here, not imported, so docsift's public types do not pull in ioredis's declarations.
 */
export interface RedisConnectionOptions {
  host?: string
  port?: number
  username?: string
  password?: string
  db?: number
  [option: string]: unknown
}

/** An ioredis client made by the caller (any copy of ioredis): docsift uses it and leaves it open. */
export interface RedisClientLike {
  duplicate(...args: never[]): unknown
  ping(...args: never[]): unknown
}

/** Where Redis is: a `redis://` URL, ioredis options, or an ioredis client (left open: it is the caller's). */
export type QueueConnection = string | RedisConnectionOptions | RedisClientLike

/** A queue on a Redis server: every enqueue, worker, collect and status of one run names the same. */
export interface QueueTarget {
  connection: QueueConnection
  /** Queue name (no `:`). */
  queue: string
  /** Redis key prefix, BullMQ's `bull` by default. */
  prefix?: string
}

/** An open queue: the raw client for docsift's own keys, BullMQ's Queue, and `close`. */
export interface OpenQueue {
  client: Redis
  queue: Queue
  /** Sorted set of job ids scored by input position: collect's order. */
  orderKey: string
  /** Counter handing out input positions. */
  positionKey: string
  close(): Promise<void>
}

const FAIL_FAST_RETRIES = 3
const RETRY_STEP_MS = 200

/**
 * Opens the queue. `failFast` gives up after a few reconnects (a command-line run should say that
 * Redis is down, not hang); a worker keeps retrying as BullMQ does.
 */
export async function openQueue(target: QueueTarget, { failFast = false } = {}): Promise<OpenQueue> {
  const name = checkedName(target.queue)
  const { client, owned } = await redisClient(target.connection, failFast)
  try {
    await client.ping()
  } catch (error) {
    if (owned) client.disconnect()
    throw new DocsiftError('IO_ERROR', `cannot reach Redis at ${describe(target.connection)}: ${(error as Error).message}`, { cause: error })
  }
  const { Queue } = await import('bullmq')
  const queue = new Queue(name, { connection: client, ...(target.prefix === undefined ? {} : { prefix: target.prefix }) })
  // An EventEmitter throws an 'error' nobody listens to; commands see the failure on their own calls.
  queue.on('error', () => {})
  return {
    client,
    queue,
    orderKey: queue.toKey('docsift-order'),
    positionKey: queue.toKey('docsift-position'),
    close: async () => {
      await queue.close()
      if (owned) await client.quit().catch(() => client.disconnect())
    },
  }
}

/** A client for BullMQ: `maxRetriesPerRequest: null`, which its blocking worker connection requires. */
export async function redisClient(connection: QueueConnection, failFast: boolean): Promise<{ client: Redis; owned: boolean }> {
  const { Redis } = await import('ioredis')
  // A client from any ioredis copy is used as it is (instanceof would miss one from another copy).
  if (isClient(connection)) return { client: connection as unknown as Redis, owned: false }
  const options: RedisOptions = { maxRetriesPerRequest: null }
  if (failFast) options.retryStrategy = (times) => (times > FAIL_FAST_RETRIES ? null : times * RETRY_STEP_MS)
  const client = typeof connection === 'string' ? new Redis(connection, options) : new Redis({ ...(connection as RedisOptions), ...options })
  client.on('error', () => {})
  return { client, owned: true }
}

function isClient(connection: QueueConnection): connection is RedisClientLike {
  return typeof connection === 'object' && typeof (connection as Partial<RedisClientLike>).duplicate === 'function'
}

function checkedName(name: string): string {
  if (name.length === 0 || name.includes(':')) throw new DocsiftError('BAD_OPTIONS', `queue name must be non-empty and free of ":", got "${name}"`)
  return name
}

function describe(connection: QueueConnection): string {
  if (typeof connection !== 'string') return 'the given connection'
  // Never echo a password from the URL.
  return connection.replace(/\/\/[^@/]*@/, '//…@')
}
