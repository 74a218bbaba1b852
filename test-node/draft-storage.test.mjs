// The saved draft without a browser (localStorage stubbed, restored after): what is kept
// under which key, what is refused when read back, and that a failing storage never fails
// the wizard. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';

const { loadDraft, saveDraft, clearDraft } = await import(new URL('../dist/esm/wizard/draft-storage.js', import.meta.url).href);
const { emptyDraft } = await import(new URL('../dist/esm/wizard/draft.js', import.meta.url).href);

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
const useStorage = (storage) => Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
after(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  else delete globalThis.localStorage;
});

let items;
beforeEach(() => {
  items = new Map();
  useStorage({
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  });
});

const saved = () => ({
  version: 1,
  step: 3,
  reached: 4,
  draft: { ...emptyDraft(true), name: 'Conn', merchantId: '101' },
  forms: { 'store:infusionsoft': { app_name: 'brandx', pay_status: '1' } },
});

describe('draft storage', () => {
  it('saves under its prefixed key and loads the same draft back', () => {
    saveDraft('checkout', saved());
    assert.deepEqual([...items.keys()], ['add-connection-wizard:checkout']);
    assert.deepEqual(JSON.parse(items.get('add-connection-wizard:checkout')), saved());
    assert.deepEqual(loadDraft('checkout'), saved());
    assert.equal(loadDraft('other'), undefined);
  });

  it('clears only its own key', () => {
    saveDraft('a', saved());
    saveDraft('b', saved());
    clearDraft('a');
    assert.deepEqual([...items.keys()], ['add-connection-wizard:b']);
    assert.equal(loadDraft('a'), undefined);
  });

  it('refuses what it did not save: garbage, another version, no draft, a step out of 1–4', () => {
    const cases = {
      garbage: '{not json',
      null: 'null',
      number: '3',
      version2: JSON.stringify({ ...saved(), version: 2 }),
      versionString: JSON.stringify({ ...saved(), version: '1' }),
      noDraft: JSON.stringify({ ...saved(), draft: undefined }),
      step0: JSON.stringify({ ...saved(), step: 0 }),
      step7: JSON.stringify({ ...saved(), step: 7 }),
      stepString: JSON.stringify({ ...saved(), step: '2' }),
      noReached: JSON.stringify({ ...saved(), reached: undefined }),
      reachedBeforeStep: JSON.stringify({ ...saved(), step: 3, reached: 2 }),
      reached9: JSON.stringify({ ...saved(), reached: 9 }),
      draftString: JSON.stringify({ ...saved(), draft: 'x' }),
    };
    for (const [name, value] of Object.entries(cases)) {
      items.set('add-connection-wizard:k', value);
      assert.equal(loadDraft('k'), undefined, name);
    }
  });

  it('never throws when storage does', () => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    useStorage({ getItem: fail, setItem: fail, removeItem: fail });
    assert.doesNotThrow(() => saveDraft('k', saved()));
    assert.doesNotThrow(() => clearDraft('k'));
    assert.equal(loadDraft('k'), undefined);
  });

  it('never throws when there is no storage at all', () => {
    delete globalThis.localStorage;
    assert.equal(typeof globalThis.localStorage, 'undefined');
    assert.doesNotThrow(() => saveDraft('k', saved()));
    assert.doesNotThrow(() => clearDraft('k'));
    assert.equal(loadDraft('k'), undefined);
  });
});
