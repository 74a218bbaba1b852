import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The package's elements are custom elements, not Vue components.
const packageTags = new Set(['add-connection-wizard', 'infusionsoft-store-form', 'dropstream-warehouse-form', 'platform-definition-form']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => packageTags.has(tag) } } })],
});
