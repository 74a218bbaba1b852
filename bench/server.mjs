// Benchmark of the server handler (issue 20), not a test: requests per second and p50/p99
// latency of POST /api/connections with memoryStore() and with redisStore() (a real
// redis-server on a free loopback port), side by side with a bare node:http server that
// only parses the JSON and answers 201. Bounded: a fixed number of requests per variant and
// round, on 127.0.0.1 only; the variants take turns, round after round, so a noisy
// neighbour weighs on all of them alike. Every create carries its own Idempotency-Key.
//
// The load comes from this process (node:http keep-alive client, a fixed number of
// requests) or, with `--client wrk`, from Debian's wrk (C, one thread, a fixed duration,
// each request its own key from a Lua counter): the Node client tops out near the bare
// server's rate, so wrk shows the bare server's real headroom. wrk is not needed by CI.
//
//   npm run bench:server            (builds first)
//   node bench/server.mjs --requests 20000 --connections 32 --rounds 3 --warmup 2000
//   node bench/server.mjs --client wrk --seconds 5
import { execFile, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startRedis } from '../test-node/support/redis-server.mjs';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2000' },
    client: { type: 'string', default: 'node' },
    seconds: { type: 'string', default: '5' },
  },
});
const useWrk = args.client === 'wrk';
const seconds = Number(args.seconds);
const requests = Number(args.requests);
const connections = Number(args.connections);
const rounds = Number(args.rounds);
const warmup = Number(args.warmup);
const variants = ['bare', 'memory', 'redis'];

/** The README's create body: two adapters with secrets, as the wizard sends it. */
const body = JSON.stringify({
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer: { company_name: 'Brand X', city: 'New York' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:s3cret-wh@ftp.example.com' } },
  store: {
    name: 'Brand X Store',
    platform: 'infusionsoft',
    adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2-secret', pay_status: '1' },
  },
});
const bodyLength = Buffer.byteLength(body);

const targets = new Set();
process.once('exit', () => {
  for (const child of targets) child.kill('SIGKILL');
});

function startTarget(variant, redisUrl) {
  const child = fork(new URL('server-target.mjs', import.meta.url), [variant, redisUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  targets.add(child);
  child.once('exit', () => targets.delete(child));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${variant} server exited (${code})`)));
    child.once('message', ({ port }) => resolve({
      port,
      /** The creates so far and the server's CPU time in µs (user + system). */
      counters: () => new Promise((done) => {
        child.once('message', (m) => done({ created: m.created, cpu: m.cpu.user + m.cpu.system }));
        child.send('created');
      }),
      stop: () => new Promise((done) => {
        child.removeAllListeners('exit');
        child.once('exit', done);
        child.disconnect();
      }),
    }));
  });
}

/** `count` creates over `connections` keep-alive sockets; resolves the latencies (ms) and the wall time. */
async function load(port, count) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = new Float64Array(count);
  let next = 0;
  let failed = 0;
  const once = () =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/connections', method: 'POST', agent, headers: {
        'Content-Type': 'application/json', 'Content-Length': bodyLength, 'Idempotency-Key': crypto.randomUUID(),
      } }, (res) => {
        if (res.statusCode !== 201) failed += 1;
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(body);
    });
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      await once();
      latencies[i] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const ms = performance.now() - started;
  agent.destroy();
  if (failed) throw new Error(`${failed} of ${count} creates were not answered 201`);
  return { latencies, ms };
}

// wrk: one thread, `connections` sockets, `seconds` long; the Lua script gives each request
// its own Idempotency-Key and prints the summary as JSON (latency in microseconds).
const wrkDir = useWrk ? mkdtempSync(join(tmpdir(), 'acw-bench-')) : undefined;
const wrkScript = useWrk ? join(wrkDir, 'post.lua') : undefined;
if (useWrk) {
  writeFileSync(wrkScript, `wrk.method = "POST"
wrk.body = [==[${body}]==]
local n = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000000))
request = function()
  n = n + 1
  return wrk.format(nil, "/api/connections", { ["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. "-" .. n })
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\n{"requests":%d,"us":%d,"p50":%f,"p99":%f,"errors":%d,"non2xx":%d}\\n', summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout, e.status))
end
`);
}
async function wrk(port, duration) {
  const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '-s', wrkScript, `http://127.0.0.1:${port}/api/connections`]);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1));
  if (summary.errors || summary.non2xx) throw new Error(`wrk: ${summary.errors} socket errors, ${summary.non2xx} answers not 2xx`);
  return { rps: summary.requests / (summary.us / 1e6), p50: summary.p50 / 1000, p99: summary.p99 / 1000, requests: summary.requests };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const redis = await startRedis();
const results = Object.fromEntries(variants.map((v) => [v, { rps: [], latencies: [], wrk: [], cpu: [] }]));
try {
  for (let round = 0; round < rounds; round += 1) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const variant of order) {
      const target = await startTarget(variant, redis.url);
      try {
        await load(target.port, warmup);
        const before = await target.counters();
        let count;
        let rps;
        if (useWrk) {
          const measured = await wrk(target.port, seconds);
          count = measured.requests;
          rps = measured.rps;
          results[variant].wrk.push(measured);
        } else {
          const { latencies, ms } = await load(target.port, requests);
          count = requests;
          rps = (requests / ms) * 1000;
          results[variant].latencies.push(latencies);
        }
        const after = await target.counters();
        // wrk may leave a few requests in flight when its time is up: at least `count` ran.
        const created = after.created - before.created;
        if (useWrk ? created < count : created !== count) throw new Error(`${variant}: createConnection ran ${created} times for ${count} creates`);
        results[variant].rps.push(rps);
        results[variant].cpu.push((after.cpu - before.cpu) / created);
        console.error(`round ${round + 1} ${variant.padEnd(6)} ${rps.toFixed(0)} rps, ${((after.cpu - before.cpu) / created).toFixed(0)} µs CPU a request (${count} requests)`);
      } finally {
        await target.stop();
      }
    }
  }
} finally {
  await redis.close();
  if (wrkDir) rmSync(wrkDir, { recursive: true, force: true });
}

// Node client: p50/p99 over every request of every round. wrk: those of the median round.
const rows = variants.map((variant) => {
  const rps = median(results[variant].rps);
  const cpu = median(results[variant].cpu);
  if (useWrk) return { variant, rps, cpu, ...results[variant].wrk.find((m) => m.rps === rps) };
  const all = Float64Array.from(results[variant].latencies.flatMap((l) => [...l])).sort();
  return { variant, rps, cpu, p50: percentile(all, 50), p99: percentile(all, 99) };
});
const bare = rows[0];
const label = { bare: 'bare node:http (parse JSON, 201)', memory: 'handler, memoryStore()', redis: 'handler, redisStore() (Redis on loopback)' };
console.log(`\nServer handler, ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, Redis ${redis.version}, ${availableParallelism()} cores;`);
const amount = useWrk ? `${seconds} s of wrk (1 thread)` : `${requests} creates from a node:http client`;
console.log(`${rounds} rounds × ${amount} per variant (after ${warmup} warm-up creates), ${connections} keep-alive connections, loopback.\n`);
console.log('| Server | Requests/s (median of rounds) | p50 ms | p99 ms | Server CPU µs a request | Bare rps ÷ this | This CPU ÷ bare |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${label[row.variant]} | ${row.rps.toFixed(0)} | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} | ${row.cpu.toFixed(0)} | ${(bare.rps / row.rps).toFixed(2)}× | ${(row.cpu / bare.cpu).toFixed(2)}× |`);
}
console.log(`\nRounds (rps): ${variants.map((v) => `${v} ${results[v].rps.map((r) => r.toFixed(0)).join(' / ')}`).join('; ')}.`);
console.log('Server CPU: user + system time of the server process over the measured requests, median of rounds (the Redis server\'s own CPU not counted).');
