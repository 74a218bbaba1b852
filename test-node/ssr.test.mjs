// Server rendering with @lit-labs/ssr: the built element renders its first step to
// declarative shadow DOM in Node, so a server can send the wizard's first paint.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

// The main entry: registers <add-connection-wizard> in the customElements registry that
// Lit's Node build provides (@lit-labs/ssr-dom-shim).
await import(new URL('../dist/esm/index.js', import.meta.url).href);

const renderToString = (template) => collectResult(render(template));

describe('server rendering with @lit-labs/ssr', () => {
  it('renders the first step to declarative shadow DOM', async () => {
    const out = await renderToString(html`<add-connection-wizard endpoint="/api/connections"></add-connection-wizard>`);
    assert.match(out, /<add-connection-wizard[^>]*endpoint="\/api\/connections"/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    const shadow = out.slice(out.indexOf('<template shadowroot'), out.lastIndexOf('</template>'));
    assert.match(shadow, /<h2 part="heading"[^>]*>(<!--[^>]*-->)*Basic Information/);
    assert.match(shadow, /<label[^>]*for="f-name"[^>]*>(<!--[^>]*-->)*Connection name/);
    assert.match(shadow, /<input[^>]*id="f-name"/);
    assert.match(shadow, /part="next-button"[^>]*>(<!--[^>]*-->)*Continue/);
    // Later steps are not rendered yet.
    assert.doesNotMatch(shadow, /Company name/);
  });

  it('renders with properties set, and twice in one process', async () => {
    const merchants = [{ id: 7, company_name: 'Acme Outdoor' }];
    const first = await renderToString(html`<add-connection-wizard .merchants=${merchants} test-endpoint="/api/test"></add-connection-wizard>`);
    const second = await renderToString(html`<add-connection-wizard></add-connection-wizard>`);
    for (const out of [first, second]) assert.match(out, /Basic Information/);
  });
});
