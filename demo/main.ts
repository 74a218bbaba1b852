import { setupWorker } from 'msw/browser';
import '../src/index.js';
import '../src/locales/es.js';
import type { Merchant, PlatformDefinition } from '../src/index.js';
import { etsyByConsent, shopify, wooCommerce } from '../src/platforms/index.js';
import { backendModes, createHandlers, demoMerchants, manyMerchants, type BackendMode, type CreatedConnection } from './mock-backend.js';
import { setUpScenarios } from './scenarios.js';

const wizard = document.querySelector('add-connection-wizard')!;
const modeSelect = document.querySelector<HTMLSelectElement>('#backend-mode')!;
const testFails = document.querySelector<HTMLInputElement>('#test-fails')!;
const list = document.querySelector<HTMLUListElement>('#created-list')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;

for (const [value, label] of Object.entries(backendModes)) modeSelect.add(new Option(label, value));

let lastCreatedId: number | undefined;
function showCreated(connection: CreatedConnection) {
  lastCreatedId = connection.id;
  document.querySelector('#empty-list')?.remove();
  const item = document.createElement('li');
  const name = document.createElement('strong');
  name.textContent = connection.name;
  const meta = document.createElement('span');
  meta.textContent = `${connection.merchant} · ${connection.store} · #${connection.id}`;
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = 'Disabled';
  item.append(name, badge, meta);
  list.prepend(item);
}

// The look switcher: the page's own stylesheet does all of it (portal.css), through the
// wizard's `theme`, tokens and parts.
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
themeSelect.addEventListener('change', () => {
  document.body.dataset.theme = themeSelect.value;
  if (themeSelect.value === 'dark') wizard.setAttribute('theme', 'dark');
  else wizard.removeAttribute('theme');
});
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
languageSelect.addEventListener('change', () => wizard.setAttribute('lang', languageSelect.value));
const directionSelect = document.querySelector<HTMLSelectElement>('#direction')!;
directionSelect.addEventListener('change', () => wizard.setAttribute('dir', directionSelect.value));

const worker = setupWorker(
  ...createHandlers({
    mode: () => modeSelect.value as BackendMode,
    testFails: () => testFails.checked,
    onCreated: showCreated,
  }),
);
await worker.start({ onUnhandledFrame: 'bypass', quiet: true });

// Where the merchants come from: a short list, a long one, or the portal's own search.
const merchantSource = document.querySelector<HTMLSelectElement>('#merchant-source')!;
const useMerchants = () => {
  const source = merchantSource.value;
  wizard.merchants = source === 'few' ? demoMerchants : source === 'many' ? manyMerchants() : [];
  wizard.searchMerchants =
    source === 'search'
      ? async (query, { signal }) => {
          const response = await fetch(`/api/merchants?search=${encodeURIComponent(query)}`, { signal });
          if (!response.ok) throw new Error(`merchant search answered ${response.status}`);
          return ((await response.json()) as { results: Merchant[] }).results;
        }
      : undefined;
};
merchantSource.addEventListener('change', useMerchants);
useMerchants();
// The platform catalogue: the package's Shopify and WooCommerce definitions, plus data the
// portal serves. Infusionsoft and the File Exchange come with the package as elements.
const served = (await (await fetch(new URL('./platforms.json', import.meta.url))).json()) as PlatformDefinition[];
// Etsy connects by consent: its "consent page" is the demo's (fake-consent.html).
const etsy = { ...etsyByConsent, auth: { ...etsyByConsent.auth!, start: '/fake-consent.html' } };
// The served catalogue's typed-key Etsy gives way to it: one definition per id.
wizard.platforms = [shopify, wooCommerce, etsy, ...served.filter((p) => p.id !== etsy.id)];
setUpScenarios(wizard, () => lastCreatedId);
document.body.dataset.ready = 'true';

// The log shows what a host receives; it never prints the payload, which holds secrets.
for (const type of ['acw-step-change', 'acw-submit', 'acw-success', 'acw-error', 'acw-cancel'] as const) {
  wizard.addEventListener(type, (event) => {
    const entry = document.createElement('li');
    const detail = 'detail' in event ? (event.detail as unknown as Record<string, unknown>) : {};
    const summary =
      type === 'acw-step-change' ? `${detail.from} → ${detail.to}`
      : type === 'acw-success' ? `id ${detail.id} (${detail.mode})`
      : type === 'acw-error' ? `${detail.kind}${detail.status ? ` ${detail.status}` : ''}`
      : '';
    entry.textContent = `${type} ${summary}`;
    log.prepend(entry);
  });
}
