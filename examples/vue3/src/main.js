import { createApp } from 'vue';
// Registers <add-connection-wizard> before Vue renders it, so Vue sets `:merchants` as a property.
import 'add-connection-wizard';
import App from './App.vue';

createApp(App).mount('#app');
