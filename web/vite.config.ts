import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// In development the gateway runs separately; in production it serves this app on the same origin.
const gateway = 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  define: {
    // vue-i18n's bundler build reads these flags; the composition API alone keeps the bundle smaller.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  // MapLibre 6 starts its workers as ES modules.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is ~1 MB minified; splitting it out keeps the app chunk small and cacheable.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('/maplibre-gl/dist/') ? 'maplibre' : undefined),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': gateway,
      '/config.json': gateway,
    },
  },
});
