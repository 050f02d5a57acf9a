import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { securityHeaders, VISITOR_PAGES, visitorPageHeaders } from './server/security-headers';

// Backend URLs and secrets are read from process.env at runtime (server/utils/config.ts),
// so one build runs against any STRAPI_URL / MEDUSA_URL.
export default defineNuxtConfig({
  compatibilityDate: '2026-06-01',
  ssr: true,
  devtools: { enabled: false },
  telemetry: false,
  modules: ['@nuxtjs/i18n'],
  css: ['~/assets/css/main.css'],
  vite: { plugins: [tailwindcss()] },
  app: {
    head: {
      htmlAttrs: { lang: 'id' },
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'theme-color', content: '#166534' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  i18n: {
    defaultLocale: 'id',
    strategy: 'prefix_except_default',
    detectBrowserLanguage: false,
    // Messages are precompiled at build time: ship the small runtime without the message compiler.
    bundle: { runtimeOnly: true, dropMessageCompiler: true, compositionOnly: true, fullInstall: false },
    locales: [
      { code: 'id', language: 'id-ID', name: 'Bahasa Indonesia', file: 'id.json' },
      { code: 'en', language: 'en-GB', name: 'English', file: 'en.json' },
    ],
  },
  features: { inlineStyles: true },
  experimental: { payloadExtraction: false },
  nitro: {
    // Before the modules' plugins: see the file.
    plugins: [fileURLToPath(new URL('./server/early/runtime-config.ts', import.meta.url))],
    compressPublicAssets: { gzip: true, brotli: true },
    routeRules: {
      // Every page is complete as server HTML (links and plain forms): no framework JavaScript is
      // shipped at all. Shopping forms add /enhance.js (1 KB) as a progressive enhancement.
      '/**': { headers: securityHeaders, noScripts: true },
      '/_nuxt/**': {
        headers: { ...securityHeaders, 'cache-control': 'public, max-age=31536000, immutable' },
      },
      '/media/**': { headers: { ...securityHeaders, 'cache-control': 'public, max-age=86400' } },
      '/api/**': { headers: { ...securityHeaders, 'cache-control': 'no-store' } },
      '/robots.txt': { headers: { 'cache-control': 'public, max-age=3600' } },
      // Pages with the visitor's own cart or order, in both languages.
      ...Object.fromEntries(
        VISITOR_PAGES.flatMap((path) => [path, `/en${path}`]).map((path) => [
          path,
          { headers: visitorPageHeaders },
        ]),
      ),
    },
  },
  typescript: { strict: true },
});
