// Not a test: a real `redis-server` on a free loopback port, for the server handler's Redis
// store tests and the benchmark. Never a mock. `stop()` shuts it down with SHUTDOWN SAVE
// into a temporary directory, so `start()` brings it back on the same port with the same
// keys, as a Redis with persistence (or a replica promoted) would come back; `kill()` drops
// it at once with SIGKILL. It dies with this process however that ends: killed on exit,
// and a small `sh` beside it kills it when this process's end of its stdin pipe closes
// (a SIGTERM or SIGKILL from the test runner included).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binary = process.env.REDIS_SERVER ?? 'redis-server';

/** The version `redis-server --version` prints (`7.0.15`); throws when it is not installed. */
export function redisVersion() {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `redis-server is not installed (${result.error?.code ?? `exit ${result.status}`}): the Redis store tests need a real one. ` +
        'Install Debian\'s redis-server (apt-get install -y redis-server; .ci/run does) or set REDIS_SERVER to its path.',
    );
  }
  return /v=(\S+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Sends one command in RESP over a fresh socket and resolves with the first reply line (or `closed`). */
export function command(port, ...args) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (value) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1000, () => done('timeout'));
    socket.once('error', () => done('error'));
    socket.once('close', () => done(reply || 'closed'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(reply.split('\r\n')[0]);
    });
    socket.once('connect', () => socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const live = new Map(); // sh child → redis-server pid
process.once('exit', () => {
  for (const pid of live.values()) signal(pid, 'SIGKILL');
});
const signal = (pid, name) => {
  try {
    process.kill(pid, name);
  } catch {
    // gone already
  }
};
// fd 3 is this process's pipe: when it closes, the watcher kills redis-server; `wait` makes
// the sh's exit redis-server's.
const watcher = 'exec 3<&0; "$@" & pid=$!; echo "$pid"; (read _ <&3; kill -9 "$pid" 2>/dev/null) & wait "$pid"';

/**
 * Starts `redis-server` on 127.0.0.1 and waits for PONG.
 * Resolves `{ url, port, version, stop(), start(), kill(), pause(), resume() }`.
 */
export async function startRedis({ port } = {}) {
  const version = redisVersion();
  const dir = mkdtempSync(join(tmpdir(), 'acw-redis-'));
  port ??= await freePort();
  const logfile = join(dir, 'redis.log');
  let child;
  let pid;
  let exited;

  async function start() {
    if (child) throw new Error('redis-server is running already');
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes', '--dir', dir, '--dbfilename', 'dump.rdb', '--logfile', logfile];
    child = spawn('sh', ['-c', watcher, 'sh', binary, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const current = child;
    let errors = ''; // what redis-server printed before its log file opened (sh's "Killed" too)
    current.stderr.on('data', (chunk) => (errors += chunk));
    exited = new Promise((resolve) => current.once('exit', resolve)).then(() => {
      live.delete(current);
      current.stdin.destroy(); // ends the watcher
      if (child === current) child = undefined;
    });
    pid = await new Promise((resolve) => {
      let text = '';
      current.stdout.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(Number(text));
      });
      current.once('exit', () => resolve(undefined));
    });
    if (pid) live.set(current, pid);
    const deadline = Date.now() + 10_000;
    while (pid && Date.now() < deadline) {
      if ((await command(port, 'PING')) === '+PONG') return;
      if (!child) break;
      await sleep(20);
    }
    await kill();
    let output = errors.trim();
    try {
      output += `\n${readFileSync(logfile, 'utf8').trim().split('\n').slice(-10).join('\n')}`;
    } catch {
      // no log written
    }
    throw new Error(`redis-server did not answer PING on 127.0.0.1:${port} within 10 s:\n${output}`);
  }

  /** SHUTDOWN SAVE: the keys are written to the temporary directory for `start()` to load. */
  async function stop() {
    if (!child) return;
    const current = exited;
    if (paused) resume();
    await command(port, 'SHUTDOWN', 'SAVE');
    const timer = setTimeout(() => signal(pid, 'SIGKILL'), 3000);
    await current;
    clearTimeout(timer);
  }

  /** SIGKILL: gone at once, and nothing saved since the last `stop()`. */
  async function kill() {
    if (!child) return;
    const current = exited;
    if (pid) signal(pid, 'SIGKILL');
    else child.kill('SIGKILL');
    await current;
  }

  // SIGSTOP: the port still accepts connections, but nothing is answered (a hung Redis).
  let paused = false;
  const pause = () => {
    paused = true;
    signal(pid, 'SIGSTOP');
  };
  const resume = () => {
    paused = false;
    if (child) signal(pid, 'SIGCONT');
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    version,
    start,
    stop,
    kill,
    pause,
    resume,
    get running() {
      return Boolean(child);
    },
    /** Stops it for good and removes its directory. */
    async close() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A node-redis client that fails fast while Redis is down (the README's recommendation):
 * no offline queue, reconnecting every `retryMs`. Errors are counted, not thrown.
 */
export async function connectClient(url, { retryMs = 50 } = {}) {
  const { createClient } = await import('redis');
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy: () => retryMs, connectTimeout: 1000 } });
  client.errors = 0;
  client.on('error', () => (client.errors += 1));
  await client.connect();
  return client;
}

/** Resolves when `client.isReady` is `value`, or rejects after `ms`. */
export async function waitReady(client, value = true, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (client.isReady !== value) {
    if (Date.now() > deadline) throw new Error(`the Redis client did not become ${value ? 'ready' : 'not ready'} within ${ms} ms`);
    await sleep(10);
  }
}
