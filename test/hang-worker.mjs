// A stand-in worker for the deadline test: the record "hang" never finishes, every other record
// echoes at once. It speaks the pool's protocol: say "started", then return an output record.
export default function work({ task, started }) {
  started?.postMessage('started')
  if (task.id === 'hang') for (;;);
  return { id: task.id, error: { code: 'INTERNAL', message: `echo ${task.id}` } }
}
