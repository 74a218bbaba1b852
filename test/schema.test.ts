import { expect } from '@open-wc/testing';
import { connectionRequestSchema, infusionsoftAdapterSchema, toFieldErrors, toPointer, withoutEmpty } from '../src/schema/index.js';

const example = () => ({
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer: { company_name: 'Brand X', city: 'New York', country: 'USA' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } },
  store: {
    name: 'Brand X Store',
    platform: 'infusionsoft',
    adapter: { app_name: 'brandx', username: 'admin@example.com', password: '…', pay_status: '1' },
  },
});

/** The paths of the issues a body fails with (empty when it is accepted). */
function issuePaths(body: unknown): PropertyKey[][] {
  const result = connectionRequestSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
}

describe('connectionRequestSchema', () => {
  it('accepts the reference example body', () => {
    expect(connectionRequestSchema.safeParse(example()).success).to.equal(true);
  });

  it('accepts an existing merchant, warehouse and store by id', () => {
    const { customer, warehouse, store, ...body } = example();
    expect(issuePaths({ ...body, customer_id: 101, warehouse_id: 11, store_id: 501 })).to.deep.equal([]);
  });

  it('accepts an existing merchant without a warehouse (its default one is used)', () => {
    const { customer, warehouse, ...body } = example();
    expect(issuePaths({ ...body, customer_id: 101 })).to.deep.equal([]);
  });

  it('requires a name', () => {
    expect(issuePaths({ ...example(), name: '   ' })).to.deep.equal([['name']]);
  });

  it('refuses both customer_id and customer', () => {
    expect(issuePaths({ ...example(), customer_id: 101 })).to.deep.include(['customer']);
  });

  it('refuses neither customer_id nor customer', () => {
    const { customer, ...body } = example();
    expect(issuePaths(body)).to.deep.equal([['customer']]);
  });

  it('refuses both store_id and store', () => {
    expect(issuePaths({ ...example(), store_id: 501 })).to.deep.equal([['store']]);
  });

  it('refuses neither store_id nor store', () => {
    const { store, ...body } = example();
    expect(issuePaths(body)).to.deep.equal([['store']]);
  });

  it('refuses both warehouse_id and warehouse', () => {
    const { customer, ...body } = example();
    expect(issuePaths({ ...body, customer_id: 101, warehouse_id: 11 })).to.deep.equal([['warehouse']]);
  });

  it('requires the company name of a new merchant', () => {
    expect(issuePaths({ ...example(), customer: { city: 'New York' } })).to.deep.equal([['customer', 'company_name']]);
  });

  it('checks the Infusionsoft adapter, with the path of the field', () => {
    const body = example();
    body.store.adapter.app_name = 'brandx.infusionsoft.com';
    expect(issuePaths(body)).to.deep.equal([['store', 'adapter', 'app_name']]);
  });

  it('checks the File Exchange adapter, with the path of the field', () => {
    const body = example();
    body.warehouse.adapter.connection_string = 'http://wh1:secret@ftp.example.com';
    expect(issuePaths(body)).to.deep.equal([['warehouse', 'adapter', 'connection_string']]);
  });

  it('reports every missing Infusionsoft credential', () => {
    const body = { ...example(), store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: {} } };
    expect(issuePaths(body)).to.have.deep.members([
      ['store', 'adapter', 'app_name'],
      ['store', 'adapter', 'username'],
      ['store', 'adapter', 'password'],
    ]);
  });

  it('lets adapters of platforms it does not know through', () => {
    const body = { ...example(), store: { name: 'Shop', platform: 'shopify', adapter: { shop_name: 'brandx' } } };
    expect(issuePaths(body)).to.deep.equal([]);
  });

  it('trims names but keeps a password exactly as typed', () => {
    const body = example();
    body.name = '  Brand X  ';
    body.store.adapter.password = ' pass word ';
    const result = connectionRequestSchema.parse(body);
    expect(result.name).to.equal('Brand X');
    expect(result.store!.adapter.password).to.equal(' pass word ');
  });
});

describe('infusionsoftAdapterSchema', () => {
  const credentials = { app_name: 'mystore', username: 'admin@example.com', password: 'hunter2' };

  it('defaults Pay Status to Paid ("1")', () => {
    expect(infusionsoftAdapterSchema.parse(credentials)).to.deep.equal({ ...credentials, pay_status: '1' });
  });

  it('accepts "none" and refuses other pay statuses', () => {
    expect(infusionsoftAdapterSchema.safeParse({ ...credentials, pay_status: 'none' }).success).to.equal(true);
    expect(infusionsoftAdapterSchema.safeParse({ ...credentials, pay_status: 'paid' }).success).to.equal(false);
  });
});

describe('toFieldErrors', () => {
  it('turns issue paths into JSON Pointers', () => {
    const body = example();
    body.store.adapter.app_name = 'my/store';
    const result = connectionRequestSchema.safeParse(body);
    const errors = result.success ? [] : toFieldErrors(result.error);
    expect(errors.map((e) => e.pointer)).to.deep.equal(['/store/adapter/app_name']);
    expect(errors[0].detail).to.match(/subdomain/);
  });

  it('puts a prefix before the path', () => {
    const result = infusionsoftAdapterSchema.safeParse({ app_name: 'mystore', username: 'admin' });
    const errors = result.success ? [] : toFieldErrors(result.error, ['store', 'adapter']);
    expect(errors.map((e) => e.pointer)).to.deep.equal(['/store/adapter/password']);
  });

  it('keeps only the first message of each field', () => {
    // Too long and holding dots: two issues on one field.
    const result = infusionsoftAdapterSchema.safeParse({ app_name: 'a.'.repeat(40), username: 'admin', password: 'pw' });
    expect(result.success ? 0 : result.error.issues.length).to.equal(2);
    const errors = result.success ? [] : toFieldErrors(result.error);
    expect(errors).to.have.length(1);
    expect(errors[0].pointer).to.equal('/app_name');
  });

  it('escapes "~" and "/" in segments (RFC 6901)', () => {
    expect(toPointer(['store', 'a/b', 'c~d', 0])).to.equal('/store/a~1b/c~0d/0');
  });
});

describe('withoutEmpty', () => {
  it('drops empty and blank strings, undefined and null', () => {
    expect(withoutEmpty({ a: '', b: '   ', c: undefined, d: null, e: 'x' })).to.deep.equal({ e: 'x' });
  });

  it('keeps other falsy values', () => {
    expect(withoutEmpty({ zero: 0, no: false })).to.deep.equal({ zero: 0, no: false });
  });
});
