import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/security/csp'

// The CSP goes into the built page only: the dev server's hot reload needs inline script.
// frame-ancestors is dropped from the meta form, where browsers ignore it (a header carries it).
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')
const cspMeta = (): Plugin => ({
  name: 'afterview-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`)
})

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: emit CommonJS as .cjs.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: {
          // zod and the line that turns its eval probe off share a chunk, so the setting is in
          // place before any lazily split module (model schemas) parses with zod under the CSP.
          manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|zod-csp\.ts$/.test(id) ? 'zod' : undefined)
        }
      }
    },
    plugins: [react(), cspMeta()]
  }
})
