// The renderer's Content-Security-Policy: only the app's own scripts and styles, no inline
// script, no remote content, no plugins, no framing, no form posts. The grammar checker is
// WebAssembly shipped inside the app as a .wasm file: compiling it needs 'wasm-unsafe-eval'
// (WebAssembly only, not JavaScript eval). The page reads that file ('self') and hands the bytes
// to the grammar worker, which compiles them from a blob: URL of its own making (a worker cannot
// read file:// in Electron), hence blob: for connect-src.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
