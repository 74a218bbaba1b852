// Writes openapi.json, the OpenAPI 3.1 description of what `createConnectionHandler`
// (add-connection-wizard/server) answers, from the zod schemas the handler validates with
// (never by hand). It reads dist/esm, so run it after `npm run build`; `--check` (run by CI)
// fails when the committed file differs. `npm run openapi`.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const outputFile = new URL('../openapi.json', import.meta.url);
const dist = (path) => import(new URL(`../dist/esm/${path}`, import.meta.url).href);

/** The problem document the handler answers (problems.ts), as a zod schema so it is generated like the rest. */
const fieldErrorSchema = z.object({
  pointer: z.string(),
  detail: z.string(),
});
// `type` is optional as RFC 9457 has it: the handler leaves it out of plain HTTP problems
// (404, 405, 415…), which then mean `about:blank`.
const problemSchema = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(fieldErrorSchema)),
});

/** JSON Schema 2020-12 of a zod schema, without `$schema` (OpenAPI 3.1 sets the dialect). */
function jsonSchemaOf(schema, adapterLimits) {
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // The adapter is a z.custom schema (a hand-written check, smaller in the browser than
    // zod's records): describe here what that check accepts, with the same limits.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type !== 'custom') return;
      const text = { type: 'string', maxLength: adapterLimits.stringLength };
      Object.assign(jsonSchema, {
        type: 'object',
        description: 'Flat values of the platform’s form: strings, finite numbers, booleans, nulls or lists of strings (a multiselect).',
        maxProperties: adapterLimits.keys,
        propertyNames: { minLength: 1, maxLength: adapterLimits.keyLength },
        additionalProperties: {
          anyOf: [text, { type: 'number' }, { type: 'boolean' }, { type: 'null' }, { type: 'array', maxItems: adapterLimits.keys, items: text }],
        },
      });
    },
  });
  return rest;
}

/** `schema` with a description, and one for some of its properties. */
const described = (schema, description, properties = {}) => {
  for (const [key, text] of Object.entries(properties)) schema.properties[key] = { ...schema.properties[key], description: text };
  return { ...schema, description };
};
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const problemContent = (examples) => ({ 'application/problem+json': { schema: ref('Problem'), ...(examples && { examples }) } });
const problem = (description, examples, headers) => ({ description, content: problemContent(examples), ...(headers && { headers }) });
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again with the same Idempotency-Key.', schema: { type: 'integer', minimum: 0 } } };
const replayed = { 'Idempotent-Replayed': { description: '`true` when this is the first attempt’s answer, replayed for a retry with the same Idempotency-Key and body.', schema: { type: 'string', enum: ['true'] } } };
const example = (value) => ({ value });

/** The OpenAPI document. */
export async function render() {
  const { connectionRequestSchema, adapterSchemas, adapterLimits, recordIdSchema } = await dist('schema/connection.js');
  const { testRequestSchema, problemTypes } = await dist('server/index.js');
  const { maxKeyLength } = await dist('server/idempotency.js');
  const { defaultLimits } = await dist('server/handler.js');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  const schemaOf = (schema) => jsonSchemaOf(schema, adapterLimits);

  // The request's rules between keys live in a zod superRefine, which JSON Schema cannot
  // read; they are few and stable, so they are said here in JSON Schema's own words.
  const request = schemaOf(connectionRequestSchema);
  request.allOf = [
    { oneOf: [{ required: ['customer_id'] }, { required: ['customer'] }], description: 'An existing merchant (`customer_id`) or a new one (`customer`).' },
    { oneOf: [{ required: ['store_id'] }, { required: ['store'] }], description: 'An existing store (`store_id`) or a new one (`store`).' },
    { not: { required: ['warehouse_id', 'warehouse'] }, description: '`warehouse_id` or `warehouse`, not both (neither: the merchant’s default warehouse).' },
    { not: { required: ['customer', 'warehouse_id'] }, description: 'A new merchant has no warehouses yet.' },
  ];
  // A platform the package knows has its adapter checked by its own schema, as the handler does.
  const knownAdapters = Object.keys(adapterSchemas).map((platform) => ({
    if: { properties: { platform: { const: platform } }, required: ['platform'] },
    then: { properties: { adapter: ref(`${platform[0].toUpperCase()}${platform.slice(1)}Adapter`) } },
  }));
  request.properties.store.allOf = knownAdapters;
  request.properties.warehouse.allOf = knownAdapters;

  const schemas = {
    ConnectionRequest: { ...request, description: 'The create body the wizard sends (DropStream’s create-connection shape); `connectionRequestSchema` in add-connection-wizard/schema.' },
    ...Object.fromEntries(Object.entries(adapterSchemas).map(([platform, schema]) => [`${platform[0].toUpperCase()}${platform.slice(1)}Adapter`, schemaOf(schema)])),
    ConnectionPatch: {
      type: 'object',
      description: 'An RFC 7396 merge patch in the create body’s shape: only what changed, `null` removes a key. Secrets left out keep their stored value. `customer_id` and `customer` cannot change (422). The stored connection with the patch applied must be a valid ConnectionRequest.',
      not: { anyOf: [{ required: ['customer_id'] }, { required: ['customer'] }] },
    },
    Connection: {
      description: 'A stored connection as `GET` answers it: the create body’s shape with its `id`, every secret (`password`, `connection_string`, keys named like a credential, the host’s `secretKeys`) left out.',
      type: 'object',
      properties: { id: schemaOf(recordIdSchema) },
      required: ['id', 'name'],
      additionalProperties: true,
    },
    Created: {
      description: 'What the host’s `createConnection` returned, without secrets: at least the new connection’s `id`.',
      type: 'object',
      properties: { id: { type: ['string', 'integer'] } },
      required: ['id'],
      additionalProperties: true,
    },
    Saved: {
      description: 'What the host’s `updateConnection` returned, without secrets, with the connection’s `id`.',
      type: 'object',
      properties: { id: { type: 'string' } },
      required: ['id'],
      additionalProperties: true,
    },
    TestRequest: { ...schemaOf(testRequestSchema), description: 'Test connection’s body. In edit mode `connection_id` names the stored connection whose secrets fill what was left out.' },
    TestResult: {
      type: 'object',
      properties: { ok: { type: 'boolean' }, detail: { type: 'string' } },
      required: ['ok'],
    },
    Problem: described(schemaOf(problemSchema), 'An RFC 9457 problem document; `errors[]` are shown by the wizard on each field.', {
      type: 'Absent or `about:blank` for plain HTTP refusals, else one of `problemTypes` (`tag:add-connection-wizard,2026:problem:*`) or a host’s own.',
      errors: 'Field errors: `pointer` is a JSON Pointer (RFC 6901) into the request body (`/store/adapter/password`; `""` is the whole body), `detail` a line for a person that names the field, never its value.',
    }),
  };

  const validation = example({ type: problemTypes.validation, title: 'Unprocessable Content', status: 422, detail: 'The connection is not valid: see each field.', errors: [{ pointer: '/store/adapter/app_name', detail: 'Enter the application name (your Infusionsoft subdomain).' }] });
  const responses = {
    BadRequest: problem('The body is not JSON, the Idempotency-Key header is malformed, or (for a create) missing.', {
      notJson: example({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The body is not valid JSON.' }),
      keyMissing: example({ type: problemTypes.idempotencyKeyMissing, title: 'Bad Request', status: 400, detail: 'Send an Idempotency-Key header with each create, the same for every retry of it.' }),
    }),
    Unauthorized: problem('The host’s `authorize` refused the request (no session); its own Response is answered as it is.'),
    Forbidden: problem('The host’s `authorize` refused this user; its own Response is answered as it is.'),
    NotFound: problem('No such connection, or a route the host did not enable (GET/PATCH need `getConnection`, test needs `testConnection`).'),
    MethodNotAllowed: problem('Another method than this path serves; the `Allow` header lists those it does.', undefined, { Allow: { schema: { type: 'string' } } }),
    TooLarge: problem(`The body is larger than \`limits.maxBodyBytes\` (default ${defaultLimits.maxBodyBytes} bytes).`),
    UnsupportedMediaType: problem('The body was sent as another media type.'),
    Invalid: problem('Field errors (`errors[]`, JSON Pointers into the body): from the package’s schemas, or thrown by the host as `ConnectionError.fields()`. Also when the Idempotency-Key was used before with another body. A final answer: replayed for its Idempotency-Key.', {
      validation,
      keyReused: example({ type: problemTypes.idempotencyKeyReused, title: 'Unprocessable Content', status: 422, detail: 'Idempotency-Key is already used: this key was sent before with other values. Send the request again to make a new one.' }),
    }, replayed),
    Conflict: problem('The connection exists already (`ConnectionError.duplicate()`, final, replayed), or the first attempt with this Idempotency-Key is still running (try again after Retry-After).', {
      duplicate: example({ type: problemTypes.duplicate, title: 'The connection exists already.', status: 409, detail: 'This merchant, store and warehouse are already connected.' }),
      outstanding: example({ type: problemTypes.idempotencyKeyOutstanding, title: 'Conflict', status: 409, detail: 'A request is outstanding for this Idempotency-Key: the first attempt is still being processed. Try again in a moment.' }),
    }, { ...retryAfter, ...replayed }),
    ServerError: problem('A host hook failed unexpectedly. Nothing is kept for the Idempotency-Key: a retry with it runs again.'),
    Unavailable: problem(`The Idempotency-Key store failed or took longer than \`limits.storeTimeoutMs\` (default ${defaultLimits.storeTimeoutMs} ms): nothing was run.`, undefined, retryAfter),
    Timeout: problem(`The host hook took longer than \`limits.hookTimeoutMs\` (default ${defaultLimits.hookTimeoutMs} ms). It may still finish: a retry with the same key gets 409 while it runs, then its answer.`, undefined, retryAfter),
  };
  const use = (...names) => Object.fromEntries(names.map((name) => [codes[name], { $ref: `#/components/responses/${name}` }]));
  const codes = { BadRequest: 400, Unauthorized: 401, Forbidden: 403, NotFound: 404, MethodNotAllowed: 405, Conflict: 409, TooLarge: 413, UnsupportedMediaType: 415, Invalid: 422, ServerError: 500, Unavailable: 503, Timeout: 504 };
  const json = (name) => ({ 'application/json': { schema: ref(name) } });
  const idParameter = { name: 'id', in: 'path', required: true, description: 'The connection’s id, one path segment (percent-encoded).', schema: { type: 'string', minLength: 1 } };

  const document = {
    openapi: '3.1.0',
    info: {
      title: 'add-connection-wizard server',
      version: pkg.version,
      summary: 'The endpoint <add-connection-wizard> talks to, as `createConnectionHandler` serves it.',
      description:
        'Routes under `basePath` (default `/api/connections`, the paths below). Every refusal is an RFC 9457 problem document. ' +
        'Creates are guarded by Idempotency-Key: one record per key, user, method and path; the first final answer (2xx or a 4xx) is replayed ' +
        `for ${defaultLimits.keyTtlMs / 3_600_000} hours with \`Idempotent-Replayed: true\`; a 5xx releases the key so a retry runs again. ` +
        '`authorize` (the host’s) runs before anything else and may answer 401 or 403.',
      license: { name: pkg.license },
    },
    paths: {
      '/api/connections': {
        post: {
          operationId: 'createConnection',
          summary: 'Create a connection (the wizard’s Add connection).',
          parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
          requestBody: { required: true, content: json('ConnectionRequest') },
          responses: {
            201: {
              description: 'Created; a retry with the same key and body gets the same answer with `Idempotent-Replayed: true` (without Location).',
              headers: { Location: { description: '`{basePath}/{id}`.', schema: { type: 'string' } }, ...replayed },
              content: json('Created'),
            },
            ...use('BadRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'TooLarge', 'UnsupportedMediaType', 'Invalid', 'ServerError', 'Unavailable', 'Timeout'),
          },
        },
      },
      '/api/connections/{id}': {
        parameters: [idParameter],
        get: {
          operationId: 'getConnection',
          summary: 'A stored connection without its secrets, for the wizard’s `connection` in edit mode. Needs the host’s `getConnection`.',
          responses: { 200: { description: 'The connection, secrets left out.', content: json('Connection') }, ...use('Unauthorized', 'Forbidden', 'NotFound', 'ServerError', 'Timeout') },
        },
        patch: {
          operationId: 'updateConnection',
          summary: 'Save an edited connection (the wizard’s Save changes). Needs `getConnection` and `updateConnection` (else 405, `Allow: GET`).',
          parameters: [{ $ref: '#/components/parameters/IdempotencyKeyOptional' }],
          requestBody: { required: true, content: { 'application/merge-patch+json': { schema: ref('ConnectionPatch') } } },
          responses: {
            200: { description: 'Saved.', headers: replayed, content: json('Saved') },
            ...use('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'MethodNotAllowed', 'Conflict', 'TooLarge', 'Invalid', 'ServerError', 'Unavailable', 'Timeout'),
            415: { ...responses.UnsupportedMediaType, headers: { 'Accept-Patch': { schema: { type: 'string', const: 'application/merge-patch+json' } } } },
          },
        },
      },
      '/api/connections/test': {
        post: {
          operationId: 'testConnection',
          summary: 'Test connection: sign in with an adapter. Needs the host’s `testConnection` (else 404).',
          requestBody: { required: true, content: json('TestRequest') },
          responses: {
            200: { description: 'Whether signing in worked; `detail` says what happened.', content: json('TestResult') },
            ...use('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'TooLarge', 'UnsupportedMediaType', 'Invalid', 'ServerError', 'Timeout'),
          },
        },
      },
    },
    components: {
      schemas,
      responses,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            `One key per submission, the same for every retry of it (1–${maxKeyLength} characters). The wizard sends a UUID bare ` +
            '(`Idempotency-Key: 8e03978e-40d5-43e8-bc93-6894a57f9324`), as Stripe’s clients do; the handler also accepts the ' +
            'IETF draft’s Structured Field string (`Idempotency-Key: "8e03…"`). Missing on a create: 400.',
          schema: { type: 'string', pattern: '^(?:[\\x21\\x23-\\x7e]+|"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\["\\\\])+")$' },
          example: '8e03978e-40d5-43e8-bc93-6894a57f9324',
        },
      },
    },
  };
  document.components.parameters.IdempotencyKeyOptional = {
    ...document.components.parameters.IdempotencyKey,
    required: false,
    description: 'As for a create; optional here. When sent (the wizard does), a retry of the same patch is answered once.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await render();
  if (process.argv.includes('--check')) {
    if ((await readFile(outputFile, 'utf8').catch(() => '')) !== text) {
      console.error('openapi.json is stale: run `npm run openapi` (after `npm run build`) and commit it.');
      process.exit(1);
    }
    console.log('openapi.json is up to date.');
  } else {
    await writeFile(outputFile, text);
  }
}
