// The server side of bench/server.mjs, run in its own process so that the load generator
// does not share its thread: argv[2] is `bare`, `memory` or `redis` (argv[3] the Redis URL).
// `bare` is node:http that only reads and parses the JSON body and answers 201; the other
// two are createConnectionHandler + toNodeListener with a createConnection that answers at
// once, so what is measured is the handler itself. Says { port } over IPC, and answers
// 'created' with the creates so far and its CPU time (process.cpuUsage()).
import { createServer } from 'node:http';

const [variant, redisUrl] = process.argv.slice(2);
let created = 0;
let listener;
let client;

if (variant === 'bare') {
  listener = (req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        res.writeHead(400).end();
        return;
      }
      created += 1;
      const answer = JSON.stringify({ id: `c-${created}`, name: body.name });
      res.writeHead(201, { 'Content-Type': 'application/json', Location: `/api/connections/c-${created}` });
      res.end(answer);
    });
  };
} else {
  const server = await import('../dist/esm/server/index.js');
  const { toNodeListener } = await import('../dist/esm/server/node.js');
  let store;
  if (variant === 'redis') {
    const { createClient } = await import('redis');
    client = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { reconnectStrategy: () => 100 } });
    client.on('error', (error) => console.error('bench redis client:', error.message));
    await client.connect();
    store = server.redisStore(client);
  } else {
    store = server.memoryStore();
  }
  const handler = server.createConnectionHandler({
    store,
    createConnection: async (body) => {
      created += 1;
      return { id: `c-${created}`, name: body.name };
    },
  });
  listener = toNodeListener(handler);
}

const http = createServer({ keepAlive: true }, listener);
http.listen(0, '127.0.0.1', 1024, () => process.send({ port: http.address().port }));
process.on('message', (message) => {
  if (message === 'created') process.send({ created, cpu: process.cpuUsage() });
});
process.on('disconnect', () => {
  http.closeAllConnections();
  http.close();
  client?.destroy();
  process.exit(0);
});
