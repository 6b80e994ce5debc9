import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      { extends: true, test: { name: 'shared', environment: 'node', include: ['test/shared/**/*.test.ts'] } },
      { extends: true, test: { name: 'main', environment: 'node', include: ['test/main/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'renderer', environment: 'jsdom', include: ['test/renderer/**/*.test.{ts,tsx}'] }
      }
    ]
  }
})
