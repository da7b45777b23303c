import { createApp } from 'vue';
import App from './App.vue';
import { loadWebConfig } from './api/config';
import { i18n } from './i18n';
import { pinClock } from './utils/clock';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/venues.css';
import './styles/followup.css';

// The clock is settled before any component reads "today" or the current week.
void loadWebConfig().then((config) => {
  pinClock(config.now);
  createApp(App).use(i18n).mount('#app');
});
