// Checking what a host hands the wizard (DOM-free): a usable value and the problems found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const dist = new URL('../dist/esm/', import.meta.url);
const { checkMerchants, checkHeaders, checkTimeout, endpointProblem, checkMessageOverrides, parseMerchantsAttribute } = await import(new URL('wizard/host-config.js', dist).href);
const { en } = await import(new URL('internal/messages.js', dist).href);

describe('checkMerchants', () => {
  it('keeps good merchants as they are', () => {
    const good = [{ id: 1, company_name: 'A', warehouses: [{ id: 2, name: 'W' }], stores: [{ id: 3, name: 'S', platform: 'x' }] }, { id: 'b', company_name: 'B' }];
    assert.deepEqual(checkMerchants(good), { value: good, problems: [], warnings: [] });
  });

  it('leaves out entries without an id or company_name, and repeated ids after the first', () => {
    const { value, problems, warnings } = checkMerchants([null, { id: 1 }, { company_name: 'No id' }, { id: 2, company_name: 'Two' }, { id: '2', company_name: 'Again' }, 7]);
    assert.deepEqual(value, [{ id: 2, company_name: 'Two' }]);
    assert.equal(problems.length, 4);
    assert.deepEqual(warnings, ['merchants[4] repeats the id "2"; the first merchant with it is kept']);
  });

  it('replaces lists that are not arrays and drops their bad records', () => {
    const { value, problems } = checkMerchants([{ id: 1, company_name: 'A', warehouses: 'x', stores: [{ id: 1 }, { id: 2, name: 'S', platform: 'p' }] }]);
    assert.deepEqual(value, [{ id: 1, company_name: 'A', warehouses: [], stores: [{ id: 2, name: 'S', platform: 'p' }] }]);
    assert.deepEqual(problems, ['merchants[0].warehouses is not an array; ignored', 'merchants[0].stores[0] needs an id and a name; left out']);
  });

  it('treats anything but an array as no merchants', () => {
    assert.deepEqual(checkMerchants({ id: 1 }).value, []);
    assert.equal(checkMerchants('x').problems.length, 1);
    assert.deepEqual(checkMerchants(undefined), { value: [], problems: [] });
  });

  it('parses the attribute, and counts invalid JSON as none', () => {
    const error = console.error;
    const logged = [];
    console.error = (...args) => logged.push(args.join(' '));
    try {
      assert.deepEqual(parseMerchantsAttribute('[{"id":1,"company_name":"A"}]'), [{ id: 1, company_name: 'A' }]);
      assert.deepEqual(parseMerchantsAttribute('[{oops'), []);
      assert.deepEqual(parseMerchantsAttribute(null), []);
    } finally {
      console.error = error;
    }
    assert.equal(logged.length, 1);
  });
});

describe('checkHeaders', () => {
  it('keeps string headers and drops line breaks, bad names, non-strings and the wizard’s own', () => {
    const { value, problems } = checkHeaders({ 'X-CSRF-Token': 't', 'X-Bad': 'a\r\nb', 'Bad Name': 'x', 'X-Num': 1, 'content-type': 'text/plain', 'Idempotency-Key': 'k' });
    assert.deepEqual(value, { 'X-CSRF-Token': 't' });
    assert.equal(problems.length, 5);
  });

  it('treats anything but an object as no headers', () => {
    assert.deepEqual(checkHeaders(['x']).value, {});
    assert.deepEqual(checkHeaders(undefined), { value: {}, problems: [] });
  });
});

describe('checkTimeout', () => {
  it('keeps a positive number, caps a huge one, replaces the rest by 30 s', () => {
    assert.deepEqual(checkTimeout(5000), { value: 5000, problems: [] });
    assert.equal(checkTimeout(1e9).value, 600000);
    for (const bad of ['abc', -1, 0, Number.NaN, Infinity, null]) assert.equal(checkTimeout(bad).value, 30000, String(bad));
  });
});

describe('endpointProblem', () => {
  const page = 'https://portal.example/';
  it('allows http(s) URLs, relative ones included', () => {
    for (const url of ['/api/connections', 'https://api.example.com/c', 'http://localhost:3000/c']) assert.equal(endpointProblem(url, page), undefined, url);
  });
  it('refuses other schemes and credentials in the URL', () => {
    for (const url of ['data:application/json,{}', 'javascript:alert(1)', 'blob:https://x/1', 'ftp://x/', 'https://u:p@api.example.com/']) {
      assert.equal(typeof endpointProblem(url, page), 'string', url);
    }
  });
});

describe('checkMessageOverrides', () => {
  it('keeps overrides of the same kind and ignores the others', () => {
    const created = (name) => `Made ${name}`;
    const { value, problems } = checkMessageOverrides({ continue: 'Next', created, back: 3, steps: ['a'], toString: 'x', nope: 'y' }, en);
    assert.deepEqual(value, { continue: 'Next', created });
    assert.equal(problems.length, 4);
  });
  it('ignores anything but an object', () => {
    assert.deepEqual(checkMessageOverrides('x', en).value, undefined);
    assert.deepEqual(checkMessageOverrides(undefined, en), { value: undefined, problems: [] });
  });
});
