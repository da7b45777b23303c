import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/venues.css';
import './styles/followup.css';

createApp(App).use(i18n).mount('#app');
