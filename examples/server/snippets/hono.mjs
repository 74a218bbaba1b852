import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createConnectionHandler } from 'add-connection-wizard/server';
import { createConnection } from './hooks.mjs';

const handler = createConnectionHandler({ createConnection });
const app = new Hono();
app.all('/api/connections/*', (c) => handler(c.req.raw));

export const start = (port = 3000) => serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
