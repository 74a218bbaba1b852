// Not a test: the child process `spawnHandler()` forks, one handler instance behind the
// "load balancer". Config (argv[2], JSON): { store: 'redis' | 'memory', redisUrl, delayMs,
// tag, limits }. Over IPC it says { type: 'ready', origin }, answers { type: 'calls' } with
// the names its createConnection was given, and closes on { type: 'close' } or when the
// parent goes away.
import { connectClient } from './redis-server.mjs';
import { countingHook, serve, server } from './handlers.mjs';

const config = JSON.parse(process.argv[2] ?? '{}');
const client = config.store === 'redis' ? await connectClient(config.redisUrl) : undefined;
const store = client ? server.redisStore(client) : server.memoryStore();
const hook = countingHook({ delayMs: config.delayMs, tag: config.tag });
const http = await serve({ createConnection: hook.createConnection, store, limits: config.limits, onError: () => {} });

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  await http.close();
  client?.destroy();
  process.disconnect?.();
  process.exit(0);
}

process.on('message', (message) => {
  if (message.type === 'calls') process.send({ type: 'calls', calls: hook.calls });
  if (message.type === 'close') void close();
});
process.on('disconnect', () => void close());
process.send({ type: 'ready', origin: http.origin });
