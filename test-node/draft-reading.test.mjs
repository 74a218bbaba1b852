// The wizard's draft read into a create-connection request body, without a browser:
// every merchant / warehouse / store path, and each step's own field errors. The body
// must pass the DOM-free schema with exactly the output a backend would see.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const dist = new URL('../dist/esm/', import.meta.url);
const { emptyDraft, DraftReading } = await import(new URL('wizard/draft.js', dist).href);
const { connectionRequestSchema, toFieldErrors } = await import(new URL('schema/index.js', dist).href);

const merchants = [
  {
    id: 101,
    company_name: 'Brand X',
    warehouses: [{ id: 11, name: 'East' }, { id: 12, name: 'West' }],
    stores: [{ id: 501, name: 'Brand X Store', platform: 'infusionsoft' }],
  },
  {
    id: 'm-7',
    company_name: 'Brand Y',
    warehouses: [{ id: 'w-1', name: 'Main' }],
    stores: [{ id: 's-1', name: 'Y Shop', platform: 'infusionsoft' }],
  },
  { id: 102, company_name: 'Brand Z' },
];

const messages = { chooseMerchant: 'M', chooseWarehouse: 'W', chooseStore: 'S', choosePlatform: 'P' };

const draftOf = (changes) => ({ ...emptyDraft(true), ...changes, customer: { ...emptyDraft(true).customer, ...changes.customer } });

const storeAdapter = { app_name: ' brandx ', username: 'admin@example.com', password: ' hunter2 ' };
const parsedStoreAdapter = { app_name: 'brandx', username: 'admin@example.com', password: ' hunter2 ', pay_status: '1' };
const newStore = { storeChoice: 'new', storeName: ' Brand X Store ', storePlatform: 'infusionsoft' };

function parsed(body) {
  const result = connectionRequestSchema.safeParse(body);
  assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  return result.data;
}

describe('emptyDraft', () => {
  it('starts on an existing merchant only when there are merchants', () => {
    const blankCustomer = { company_name: '', address1: '', address2: '', address3: '', city: '', state: '', zip: '', country: '' };
    const rest = { name: '', merchantId: '', customer: blankCustomer, warehouseId: '', warehousePlatform: '', storeChoice: 'new', storeId: '', storeName: '', storePlatform: '' };
    assert.deepEqual(emptyDraft(true), { ...rest, merchantChoice: 'existing' });
    assert.deepEqual(emptyDraft(false), { ...rest, merchantChoice: 'new' });
  });
});

describe('DraftReading.payload', () => {
  it('reads a new merchant, a new warehouse platform and a new store', () => {
    const draft = draftOf({
      name: ' Brand X — Infusionsoft ',
      merchantChoice: 'new',
      customer: { company_name: ' Brand X ', city: 'New York', address2: '   ' },
      warehousePlatform: 'dropstream',
      ...newStore,
    });
    const reading = new DraftReading(draft, merchants);
    assert.equal(reading.usesExistingMerchant, false);
    assert.equal(reading.merchant, undefined);
    assert.deepEqual(reading.warehouses, []);
    assert.deepEqual(reading.stores, []);
    assert.equal(reading.usesExistingStore, false);
    assert.equal(reading.needsWarehouseForm, true);

    const warehouseAdapter = { connection_string: ' sftp://wh1:secret@ftp.example.com ' };
    const body = reading.payload({ warehouse: warehouseAdapter, store: storeAdapter });
    assert.deepEqual(body, {
      name: ' Brand X — Infusionsoft ',
      customer: { company_name: ' Brand X ', city: 'New York' },
      warehouse: { platform: 'dropstream', adapter: warehouseAdapter },
      store: { name: ' Brand X Store ', platform: 'infusionsoft', adapter: storeAdapter },
    });
    assert.deepEqual(parsed(body), {
      name: 'Brand X — Infusionsoft',
      customer: { company_name: 'Brand X', city: 'New York' },
      warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } },
      store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: parsedStoreAdapter },
    });
  });

  it('reads a new merchant when "existing" is chosen but there are no merchants, with empty adapters when none are given', () => {
    const draft = draftOf({ name: 'N', merchantChoice: 'existing', merchantId: '101', customer: { company_name: 'C' }, warehousePlatform: 'acme', storeName: 'S', storePlatform: 'shop' });
    const reading = new DraftReading(draft, []);
    assert.equal(reading.usesExistingMerchant, false);
    assert.deepEqual(reading.payload({}), {
      name: 'N',
      customer: { company_name: 'C' },
      warehouse: { platform: 'acme', adapter: {} },
      store: { name: 'S', platform: 'shop', adapter: {} },
    });
  });

  it('reads an existing merchant (numeric id) with a chosen warehouse and a new store', () => {
    const draft = draftOf({ name: 'Conn', merchantId: '101', warehouseId: '12', warehousePlatform: 'dropstream', ...newStore });
    const reading = new DraftReading(draft, merchants);
    assert.equal(reading.usesExistingMerchant, true);
    assert.equal(reading.merchant, merchants[0]);
    assert.equal(reading.warehouses, merchants[0].warehouses);
    assert.equal(reading.stores, merchants[0].stores);
    assert.equal(reading.usesExistingStore, false);
    assert.equal(reading.needsWarehouseForm, false);
    const body = reading.payload({ warehouse: { connection_string: 'ignored' }, store: storeAdapter });
    assert.deepEqual(body, {
      name: 'Conn',
      customer_id: 101,
      warehouse_id: 12,
      store: { name: ' Brand X Store ', platform: 'infusionsoft', adapter: storeAdapter },
    });
    assert.deepEqual(parsed(body), {
      name: 'Conn',
      customer_id: 101,
      warehouse_id: 12,
      store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: parsedStoreAdapter },
    });
  });

  it('reads an existing merchant and an existing store', () => {
    const draft = draftOf({ name: 'Conn', merchantId: '101', warehouseId: '11', storeChoice: 'existing', storeId: '501', storeName: 'ignored', storePlatform: 'ignored' });
    const reading = new DraftReading(draft, merchants);
    assert.equal(reading.usesExistingStore, true);
    const body = reading.payload({ store: storeAdapter });
    assert.deepEqual(body, { name: 'Conn', customer_id: 101, warehouse_id: 11, store_id: 501 });
    assert.deepEqual(parsed(body), body);
  });

  it('keeps string ids as strings', () => {
    const draft = draftOf({ name: 'Conn', merchantId: 'm-7', warehouseId: 'w-1', storeChoice: 'existing', storeId: 's-1' });
    const body = new DraftReading(draft, merchants).payload({});
    assert.deepEqual(body, { name: 'Conn', customer_id: 'm-7', warehouse_id: 'w-1', store_id: 's-1' });
    assert.deepEqual(parsed(body), body);
  });

  it('leaves the warehouse out (the default one) and makes a new store for a merchant with neither', () => {
    const draft = draftOf({ name: 'Conn', merchantId: '102', storeChoice: 'existing', storeId: '501', storeName: 'Z Shop', storePlatform: 'shop' });
    const reading = new DraftReading(draft, merchants);
    assert.equal(reading.usesExistingStore, false);
    const body = reading.payload({ store: { token: 't' } });
    assert.deepEqual(body, { name: 'Conn', customer_id: 102, store: { name: 'Z Shop', platform: 'shop', adapter: { token: 't' } } });
    assert.deepEqual(parsed(body), body);
  });

  it('falls back to a new merchant for a merchantId that names no merchant, which the schema rejects', () => {
    const draft = draftOf({ name: 'Conn', merchantId: '999', storeName: 'S', storePlatform: 'shop' });
    const reading = new DraftReading(draft, merchants);
    assert.equal(reading.usesExistingMerchant, true);
    assert.equal(reading.merchant, undefined);
    assert.deepEqual(reading.warehouses, []);
    const body = reading.payload({});
    assert.deepEqual(body, { name: 'Conn', customer: {}, warehouse: { platform: '', adapter: {} }, store: { name: 'S', platform: 'shop', adapter: {} } });
    const result = connectionRequestSchema.safeParse(body);
    assert.equal(result.success, false);
    assert.deepEqual(toFieldErrors(result.error).map((e) => e.pointer), ['/customer/company_name', '/warehouse/platform']);
    assert.deepEqual(reading.errorsOf(2, messages), { '/customer_id': 'M' });
  });
});

describe('DraftReading.errorsOf', () => {
  const errorsOf = (step, changes, list = merchants) => new DraftReading(draftOf(changes), list).errorsOf(step, messages);

  it('step 1: the connection name', () => {
    assert.deepEqual(errorsOf(1, { name: '' }), { '/name': 'Enter a name for the connection.' });
    assert.deepEqual(errorsOf(1, { name: '   ' }), { '/name': 'Enter a name for the connection.' });
    assert.deepEqual(errorsOf(1, { name: 'x'.repeat(256) }), { '/name': 'Use at most 255 characters.' });
    assert.deepEqual(errorsOf(1, { name: ' Conn ' }), {});
  });

  it('step 2: a new merchant’s fields', () => {
    assert.deepEqual(errorsOf(2, { merchantChoice: 'new' }), { '/customer/company_name': 'Enter the company name of the merchant.' });
    assert.deepEqual(errorsOf(2, { merchantChoice: 'new', customer: { company_name: 'C', zip: '1'.repeat(33) } }), { '/customer/zip': 'Use at most 32 characters.' });
    assert.deepEqual(errorsOf(2, { merchantChoice: 'new', customer: { company_name: 'C', zip: '10001' } }), {});
    assert.deepEqual(errorsOf(2, { merchantChoice: 'existing' }, []), { '/customer/company_name': 'Enter the company name of the merchant.' });
  });

  it('step 2: the choice of an existing merchant', () => {
    assert.deepEqual(errorsOf(2, { merchantId: '' }), { '/customer_id': 'M' });
    assert.deepEqual(errorsOf(2, { merchantId: '101' }), {});
    assert.deepEqual(errorsOf(2, { merchantId: 'm-7' }), {});
  });

  it('step 3: a warehouse of the merchant, or a new warehouse’s platform', () => {
    assert.deepEqual(errorsOf(3, { merchantId: '101', warehouseId: '' }), { '/warehouse_id': 'W' });
    assert.deepEqual(errorsOf(3, { merchantId: '101', warehouseId: 'w-1' }), { '/warehouse_id': 'W' });
    assert.deepEqual(errorsOf(3, { merchantId: '101', warehouseId: '11' }), {});
    assert.deepEqual(errorsOf(3, { merchantId: '102', warehouseId: '' }), {});
    assert.deepEqual(errorsOf(3, { merchantChoice: 'new', warehousePlatform: '' }), { '/warehouse/platform': 'P' });
    assert.deepEqual(errorsOf(3, { merchantChoice: 'new', warehousePlatform: 'dropstream' }), {});
  });

  it('step 4: an existing store, or a new store’s name and platform', () => {
    assert.deepEqual(errorsOf(4, { merchantChoice: 'new', storeName: ' ' }), { '/store/name': 'Enter the store’s name as customers see it.', '/store/platform': 'P' });
    assert.deepEqual(errorsOf(4, { merchantChoice: 'new', storeName: 'S', storePlatform: 'shop' }), {});
    assert.deepEqual(errorsOf(4, { merchantId: '101', storeChoice: 'existing', storeId: '' }), { '/store_id': 'S' });
    assert.deepEqual(errorsOf(4, { merchantId: '101', storeChoice: 'existing', storeId: 's-1' }), { '/store_id': 'S' });
    assert.deepEqual(errorsOf(4, { merchantId: '101', storeChoice: 'existing', storeId: '501' }), {});
    assert.deepEqual(errorsOf(4, { merchantId: '102', storeChoice: 'existing', storeId: '' }), { '/store/name': 'Enter the store’s name as customers see it.', '/store/platform': 'P' });
  });
});
