// Lint for the whole repo: typescript-eslint's recommended rules (without type information, so
// it stays fast) and the React hooks rules for the renderer. `npm run lint`; part of `npm test`.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.e2e-artifacts/**', '.tmp/**', 'eval/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter kept for a signature's sake.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Stripping control characters from user text (headers, file names, calendar fields) is the
      // point of those patterns, not an accident.
      'no-control-regex': 'off'
    }
  },
  {
    // Test fakes answer every IPC channel with one handler type and record raw inputs.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  }
)
