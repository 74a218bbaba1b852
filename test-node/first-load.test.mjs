// What a bundler host's page loads first, from the built package (bench/first-load.mjs, no
// browser): step 1 alone first, the rest in one chunk fetched after it; `eager.js` with
// the rest inside. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureFirstLoad } from '../bench/first-load.mjs';

const { bytes } = await measureFirstLoad(new URL('../dist', import.meta.url).pathname, { times: false });

describe('the first load, as a bundler host splits the package', () => {
  it('is step 1 alone for a create page, at most 32 KiB brotli, with the rest in one more file', () => {
    for (const page of ['a', 'b']) {
      assert.ok(bytes[page].firstLoad <= 32 * 1024, `page ${page}: ${bytes[page].firstLoad} B`);
      assert.equal(bytes[page].restFiles, 1);
      assert.ok(bytes[page].fetchedMeanwhile > bytes[page].firstLoad, 'zod, the later steps and the forms are in the rest');
    }
  });

  it('does not grow with the catalogue: 1,000 platforms are data', () => {
    assert.ok(Math.abs(bytes.b.firstLoad - bytes.a.firstLoad) < 200, `${bytes.a.firstLoad} vs ${bytes.b.firstLoad}`);
  });

  it('with eager.js, holds the rest too: an edit or preset page fetches nothing after it', () => {
    for (const page of ['ce', 'de']) {
      assert.equal(bytes[page].restFiles, 0);
      assert.equal(bytes[page].beforeFirstStep, bytes[page].firstLoad);
    }
    // Eager is no larger than the two loads of the plain entry together.
    assert.ok(bytes.ce.firstLoad <= bytes.c.beforeFirstStep, `${bytes.ce.firstLoad} vs ${bytes.c.beforeFirstStep}`);
  });
});
