import { createApp } from 'vue';
import App from './App.vue';
import { loadWebConfig } from './api/config';
import { startSession, useSession } from './auth/useSession';
import { createAppRouter } from './router';
import { i18n } from './i18n';
import { pinClock } from './utils/clock';
import './styles/base.css';
import './styles/layout.css';
import './styles/shared.css';
import './styles/venues.css';
import './styles/followup.css';

// The clock and the session are settled before any component reads "today" or who is signed in.
void loadWebConfig().then(async (config) => {
  pinClock(config.now);
  if ((await startSession(config)) === 'frame') return;
  const { session } = useSession();
  createApp(App).use(i18n).use(createAppRouter(() => session.value !== null)).mount('#app');
});
