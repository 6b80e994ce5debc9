import { z } from 'zod'

// The page's Content-Security-Policy forbids eval. Left alone, zod probes for it with
// `new Function('')` on first parse, which the browser reports as a CSP violation; jitless
// mode skips the probe and parses without generated code.
z.config({ jitless: true })
