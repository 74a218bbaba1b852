import { createServer } from 'node:http';
import { createConnectionHandler } from 'add-connection-wizard/server';
import { toNodeListener } from 'add-connection-wizard/server/node';
import { createConnection } from './hooks.mjs';

const handler = createConnectionHandler({ createConnection });

export function start(port = 3000) {
  return createServer(toNodeListener(handler)).listen(port, '127.0.0.1');
}
