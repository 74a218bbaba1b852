// The host's half, for the snippets: where a connection is really created (your database,
// or DropStream's API). Kept apart so each snippet shows only the wiring.
import { ConnectionError } from 'add-connection-wizard/server';

/** What the hooks were given, for the tests to look into. */
export const created = [];

export async function createConnection(body) {
  if (body.store?.adapter.password === 'wrong-password') {
    throw ConnectionError.fields([{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }]);
  }
  created.push(body);
  return { id: 4000 + created.length };
}
