import { createApp } from 'vue';
// Registers every tx-* tag (a side effect); `@tongxin/elements/county-map.js` etc. register one each.
import '@tongxin/elements/define.js';
import App from './App.vue';

createApp(App).mount('#app');
