// openapi.json (scripts/openapi.mjs) describes what the handler really does: every route
// and status it answers, and a request schema that agrees with the handler about which
// bodies are valid. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const doc = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'));
const { createConnectionHandler } = await import(new URL('../dist/esm/server/index.js', import.meta.url).href);
const { render } = await import(new URL('../scripts/openapi.mjs', import.meta.url).href);

/**
 * A small JSON Schema 2020-12 check: the keywords openapi.json uses, `$ref` into the
 * document. The errors it returns are instance paths, enough to say what failed.
 */
function validate(schema, value, path = '') {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [`${path}: false schema`];
  if (schema.$ref) {
    const target = schema.$ref.slice(2).split('/').reduce((node, key) => node[key], doc);
    return validate(target, value, path);
  }
  const errors = [];
  const fail = (why) => errors.push(`${path || '/'}: ${why}`);
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (schema.type) {
    const types = [schema.type].flat();
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) fail(`expected ${types.join('|')}, got ${actual}`);
  }
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value)) fail('not the const');
  if (schema.enum && !schema.enum.some((item) => JSON.stringify(item) === JSON.stringify(value))) fail('not in enum');
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) fail('too short');
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) fail('too long');
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
  }
  if (typeof value === 'number') {
    if (schema.exclusiveMinimum !== undefined && !(value > schema.exclusiveMinimum)) fail('not above exclusiveMinimum');
    if (schema.minimum !== undefined && value < schema.minimum) fail('below minimum');
    if (schema.maximum !== undefined && value > schema.maximum) fail('above maximum');
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail('too many items');
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items, item, `${path}/${i}`)));
  }
  if (typeOf(value) === 'object') {
    const keys = Object.keys(value);
    for (const key of schema.required ?? []) if (!Object.hasOwn(value, key)) fail(`missing ${key}`);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) fail('too many properties');
    for (const key of keys) {
      if (schema.propertyNames) errors.push(...validate({ type: 'string', ...schema.propertyNames }, key, `${path}/${key}`));
      const own = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (own) errors.push(...validate(own, value[key], `${path}/${key}`));
      else if (schema.additionalProperties !== undefined) errors.push(...validate(schema.additionalProperties, value[key], `${path}/${key}`));
    }
  }
  for (const part of schema.allOf ?? []) errors.push(...validate(part, value, path));
  if (schema.anyOf && !schema.anyOf.some((part) => validate(part, value, path).length === 0)) fail('matches no anyOf');
  if (schema.oneOf && schema.oneOf.filter((part) => validate(part, value, path).length === 0).length !== 1) fail('matches not exactly one oneOf');
  if (schema.not && validate(schema.not, value, path).length === 0) fail('matches not');
  if (schema.if) {
    const branch = validate(schema.if, value, path).length === 0 ? schema.then : schema.else;
    errors.push(...validate(branch, value, path));
  }
  return errors;
}

const requestSchema = doc.paths['/api/connections'].post.requestBody.content['application/json'].schema;

/** The handler's verdict on `body`: its status, through a real Request, with a key. */
async function handlerStatus(body) {
  const handler = createConnectionHandler({ createConnection: async () => ({ id: 1 }), onError: () => {} });
  const response = await handler(new Request('http://127.0.0.1/api/connections', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(body),
  }));
  return response.status;
}

const readmeBody = () => ({
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer: { company_name: 'Brand X', city: 'New York' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } },
  store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2', pay_status: '1' } },
});

test('openapi.json is OpenAPI 3.1.0, up to date with the zod schemas', async () => {
  assert.equal(doc.openapi, '3.1.0');
  assert.equal(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'), await render(), 'run `npm run openapi` and commit openapi.json');
});

test('every route the handler serves is there, with every status it answers', () => {
  const statuses = (operation) => Object.keys(operation.responses).map(Number).sort((a, b) => a - b);
  const { post: create } = doc.paths['/api/connections'];
  const { get, patch } = doc.paths['/api/connections/{id}'];
  const { post: testing } = doc.paths['/api/connections/test'];
  assert.deepEqual(statuses(create), [201, 400, 401, 403, 409, 413, 415, 422, 500, 503, 504]);
  assert.deepEqual(statuses(get), [200, 401, 403, 404, 500, 504]);
  assert.deepEqual(statuses(patch), [200, 400, 401, 403, 404, 405, 409, 413, 415, 422, 500, 503, 504]);
  assert.deepEqual(statuses(testing), [200, 400, 401, 403, 404, 413, 415, 422, 500, 504]);
  assert.ok(patch.requestBody.content['application/merge-patch+json'], 'PATCH takes a merge patch');

  // Both 409s and both 422s are told apart, and the waits say how long.
  const responses = doc.components.responses;
  assert.deepEqual(Object.keys(responses.Conflict.content['application/problem+json'].examples), ['duplicate', 'outstanding']);
  assert.deepEqual(Object.keys(responses.Invalid.content['application/problem+json'].examples), ['validation', 'keyReused']);
  for (const name of ['Unavailable', 'Timeout', 'Conflict']) assert.ok(responses[name].headers['Retry-After'], `${name} has Retry-After`);
  assert.ok(create.responses[201].headers.Location);
  assert.ok(responses.MethodNotAllowed.headers.Allow);
});

test('the Idempotency-Key header is a required parameter of a create, bare or quoted', () => {
  const { post: create } = doc.paths['/api/connections'];
  const parameter = create.parameters[0].$ref.slice(2).split('/').reduce((node, key) => node[key], doc);
  assert.equal(parameter.name, 'Idempotency-Key');
  assert.equal(parameter.in, 'header');
  assert.equal(parameter.required, true);
  assert.match(parameter.description, /bare/);
  const pattern = new RegExp(parameter.schema.pattern);
  assert.ok(pattern.test(crypto.randomUUID()));
  assert.ok(pattern.test(`"${crypto.randomUUID()}"`));
  assert.ok(!pattern.test('two words'));
});

test('problem documents carry errors[] of pointer and detail', () => {
  const problem = doc.components.schemas.Problem;
  assert.deepEqual(problem.required.sort(), ['status', 'title']);
  assert.deepEqual(problem.properties.errors.items.required.sort(), ['detail', 'pointer']);
  for (const [name, response] of Object.entries(doc.components.responses)) {
    assert.ok(response.content['application/problem+json'], `${name} is a problem document`);
  }
});

test('the request schema requires name, and agrees with the handler on real bodies', async () => {
  assert.ok(doc.components.schemas.ConnectionRequest.required.includes('name'));
  const valid = readmeBody();
  assert.equal(await handlerStatus(valid), 201);
  assert.deepEqual(validate(requestSchema, valid), []);

  // An existing merchant, warehouse and store: the other shape the wizard sends.
  const existing = { name: 'Brand X — existing', customer_id: 101, warehouse_id: 11, store_id: 501 };
  assert.equal(await handlerStatus(existing), 201);
  assert.deepEqual(validate(requestSchema, existing), []);

  // Bodies the handler refuses (422) are refused by the schema too.
  const { name, ...nameless } = readmeBody();
  const refused = {
    nameless,
    bothMerchants: { ...readmeBody(), customer_id: 101 },
    noStore: { ...readmeBody(), store: undefined },
    newMerchantOldWarehouse: { ...readmeBody(), warehouse: undefined, warehouse_id: 11 },
    infusionsoftWithoutPassword: { ...readmeBody(), store: { ...readmeBody().store, adapter: { app_name: 'brandx', username: 'a@b.c' } } },
    nestedAdapter: { ...readmeBody(), store: { ...readmeBody().store, platform: 'shopify', adapter: { deep: { no: 1 } } } },
  };
  for (const [label, body] of Object.entries(refused)) {
    const sent = JSON.parse(JSON.stringify(body));
    assert.equal(await handlerStatus(sent), 422, `${label}: handler`);
    assert.notDeepEqual(validate(requestSchema, sent), [], `${label}: schema`);
  }
});

test('every problem the handler answers validates against the Problem schema', async () => {
  const { ConnectionError } = await import(new URL('../dist/esm/server/index.js', import.meta.url).href);
  const refusals = { duplicate: ConnectionError.duplicate(), fields: ConnectionError.fields([{ pointer: '/name', detail: 'Taken.' }]) };
  const handler = createConnectionHandler({
    createConnection: async (body) => {
      if (refusals[body.name]) throw refusals[body.name];
      throw new Error('unexpected');
    },
    limits: { maxBodyBytes: 1000 },
    onError: () => {},
  });
  const valid = (name) => JSON.stringify({ ...readmeBody(), name });
  const cases = [
    [404, 'GET', '/elsewhere'],
    [405, 'DELETE', '/api/connections'],
    [400, 'POST', '/api/connections', '{'],
    [400, 'POST', '/api/connections', valid('x'), { 'Idempotency-Key': 'two words' }],
    [413, 'POST', '/api/connections', JSON.stringify({ name: 'x'.repeat(2000) })],
    [415, 'POST', '/api/connections', valid('x'), { 'Content-Type': 'text/plain' }],
    [422, 'POST', '/api/connections', JSON.stringify({ name: '' })],
    [422, 'POST', '/api/connections', valid('fields')],
    [409, 'POST', '/api/connections', valid('duplicate')],
    [500, 'POST', '/api/connections', valid('other')],
  ];
  const problem = doc.components.schemas.Problem;
  for (const [status, method, path, body, headers = {}] of cases) {
    const response = await handler(new Request(`http://127.0.0.1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
      body,
    }));
    assert.equal(response.status, status, `${method} ${path}`);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(validate(problem, await response.json()), [], `${status} ${method} ${path}`);
  }
});
