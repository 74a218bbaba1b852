// JSON Pointers into the request body (RFC 6901), without a browser: building and reading
// platform-form pointers, the step and screen order of every wizard field, and the
// re-addressing of Test connection's errors. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const {
  platformPointer, adapterPointer, readAdapterPointer, adapterErrors, fromTestBody,
  fieldId, stepOfPointer, orderedPointers, isWizardField,
} = await import(new URL('../dist/esm/wizard/pointers.js', import.meta.url).href);

const customerPointers = ['company_name', 'address1', 'address2', 'address3', 'city', 'state', 'zip', 'country'].map((f) => `/customer/${f}`);

describe('platform and adapter pointers', () => {
  it('builds the platform pointer of each kind', () => {
    assert.equal(platformPointer('store'), '/store/platform');
    assert.equal(platformPointer('warehouse'), '/warehouse/platform');
  });

  it('builds adapter pointers, escaping "~" and "/" in field names', () => {
    assert.equal(adapterPointer('store'), '/store/adapter');
    assert.equal(adapterPointer('warehouse', 'connection_string'), '/warehouse/adapter/connection_string');
    assert.equal(adapterPointer('store', 'a/b'), '/store/adapter/a~1b');
    assert.equal(adapterPointer('store', 'a~b'), '/store/adapter/a~0b');
    assert.equal(adapterPointer('store', '~1/'), '/store/adapter/~01~1');
    assert.equal(adapterPointer('store', ''), '/store/adapter/');
  });

  it('reads back what it builds, for awkward names too', () => {
    for (const kind of ['store', 'warehouse']) {
      for (const name of ['app_name', 'a/b', 'a~b', '~1', '~0/~1', '/', '~']) {
        assert.deepEqual(readAdapterPointer(adapterPointer(kind, name)), { kind, name });
      }
    }
  });

  it('reads the bare adapter as name "", and nothing else as an adapter', () => {
    assert.deepEqual(readAdapterPointer('/store/adapter'), { kind: 'store', name: '' });
    assert.deepEqual(readAdapterPointer('/warehouse/adapter'), { kind: 'warehouse', name: '' });
    for (const other of ['/store/platform', '/store/adapterx', '/storefront/adapter/x', '/adapter/password', '/name', '', '/']) {
      assert.equal(readAdapterPointer(other), undefined, other);
    }
  });

  it('picks one form’s errors by field name, first message first', () => {
    const errors = [
      { pointer: '/store/adapter/app_name', detail: 'first' },
      { pointer: '/store/adapter/app_name', detail: 'second' },
      { pointer: '/store/adapter/a~1b', detail: 'slash' },
      { pointer: '/store/adapter', detail: 'whole adapter' },
      { pointer: '/store/name', detail: 'name' },
      { pointer: '/warehouse/adapter/connection_string', detail: 'wh' },
    ];
    assert.deepEqual(adapterErrors(errors, 'store'), { app_name: 'first', 'a/b': 'slash' });
    assert.deepEqual(adapterErrors(errors, 'warehouse'), { connection_string: 'wh' });
  });

  it('re-addresses Test connection’s errors into the request body', () => {
    const errors = [{ pointer: '/adapter/password', detail: 'Wrong password.' }, { pointer: '', detail: 'Whole body.' }];
    assert.deepEqual(fromTestBody(errors, 'store'), [
      { pointer: '/store/adapter/password', detail: 'Wrong password.' },
      { pointer: '/store', detail: 'Whole body.' },
    ]);
    assert.deepEqual(fromTestBody(errors, 'warehouse')[0], { pointer: '/warehouse/adapter/password', detail: 'Wrong password.' });
    assert.deepEqual(errors[0], { pointer: '/adapter/password', detail: 'Wrong password.' }, 'input untouched');
  });
});

describe('wizard fields', () => {
  it('gives each pointer a field id', () => {
    assert.equal(fieldId('/name'), 'f-name');
    assert.equal(fieldId('/customer/company_name'), 'f-customer-company_name');
    assert.equal(fieldId('/store_id'), 'f-store_id');
  });

  it('knows the step of every wizard field', () => {
    const expected = {
      '/name': 1,
      '/customer_id': 2, ...Object.fromEntries(customerPointers.map((p) => [p, 2])), '/customer': 2,
      '/warehouse_id': 3, '/warehouse': 3, '/warehouse/platform': 3, '/warehouse/adapter': 3, '/warehouse/adapter/connection_string': 3,
      '/store_id': 4, '/store': 4, '/store/name': 4, '/store/platform': 4, '/store/adapter': 4, '/store/adapter/app_name': 4,
    };
    for (const [pointer, step] of Object.entries(expected)) assert.equal(stepOfPointer(pointer), step, pointer);
  });

  it('has no step for unknown pointers', () => {
    for (const pointer of ['', '/', '/names', '/name/x', '/customers', '/customer_ids', '/warehouses', '/stores', '/store_idx', '/adapter/password', 'store']) {
      assert.equal(stepOfPointer(pointer), undefined, pointer);
    }
  });

  it('orders pointers as the screen does, unknown ones last in their given order', () => {
    const screen = [
      '/name', '/customer_id', ...customerPointers,
      '/warehouse_id', '/warehouse/platform', '/warehouse/adapter/connection_string',
      '/store_id', '/store/name', '/store/platform', '/store/adapter/app_name', '/store/adapter/password',
    ];
    const shuffled = ['/zzz', ...[...screen].reverse(), '/customer'];
    const reversedAdapterFields = ['/store/adapter/password', '/store/adapter/app_name'];
    assert.deepEqual(orderedPointers(shuffled), [...screen.slice(0, -2), ...reversedAdapterFields, '/zzz', '/customer']);
    assert.equal(shuffled[0], '/zzz', 'input untouched');
    assert.deepEqual(orderedPointers(['/store/adapter', '/warehouse/adapter', '/name']), ['/name', '/warehouse/adapter', '/store/adapter']);
    assert.deepEqual(orderedPointers([]), []);
  });

  it('tells the wizard’s own fields from platform forms’ and unknown pointers', () => {
    for (const pointer of ['/name', '/customer_id', ...customerPointers, '/warehouse_id', '/warehouse/platform', '/store_id', '/store/name', '/store/platform']) {
      assert.equal(isWizardField(pointer), true, pointer);
    }
    for (const pointer of ['/store/adapter', '/warehouse/adapter', '/store/adapter/app_name', '/customer', '/store', '/warehouse', '/customer/company_name/x', '', '/other']) {
      assert.equal(isWizardField(pointer), false, pointer);
    }
  });
});
