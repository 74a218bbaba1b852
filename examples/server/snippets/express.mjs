import express from 'express';
import { createConnectionHandler } from 'add-connection-wizard/server';
import { toNodeListener } from 'add-connection-wizard/server/node';
import { createConnection } from './hooks.mjs';

const handler = createConnectionHandler({ createConnection });
const app = express();
// Before any body parser: the handler reads (and size-checks) the body itself.
app.use('/api/connections', toNodeListener(handler));
app.use(express.json()); // your other routes

export const start = (port = 3000) => app.listen(port, '127.0.0.1');
