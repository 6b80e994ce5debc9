// Before anything parses with zod: no eval probe under the CSP.
import './zod-csp'
// Global styles first, so that each screen's stylesheet (imported with its screen) comes
// later in the cascade and can refine the base classes at equal specificity.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
