// The script the harness serves as /__afterview/bridge.js. It gives the page the same
// `window.afterview` that the Electron preload gives it, over fetch and an event stream.
// The per-run token arrives in the URL fragment (never sent to the server in the URL) and is
// kept in sessionStorage so that a reload keeps working.
export const BRIDGE_SCRIPT = `(() => {
  'use strict';
  const found = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (found) sessionStorage.setItem('afterview-token', found[1]);
  const token = sessionStorage.getItem('afterview-token') || '';
  const listeners = new Map();
  let source = null;
  function connect() {
    if (source) return;
    source = new EventSource('/__afterview/events?token=' + encodeURIComponent(token));
    source.onmessage = (message) => {
      let data;
      try { data = JSON.parse(message.data); } catch { return; }
      for (const listener of listeners.get(data.event) || []) {
        try { listener(data.payload); } catch (err) { console.error(err); }
      }
    };
  }
  const api = {
    async invoke(channel, input) {
      const response = await fetch('/__afterview/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-afterview-token': token },
        body: JSON.stringify({ channel, input })
      });
      if (!response.ok && response.status !== 200) {
        return { ok: false, error: { code: 'forbidden', message: 'The harness refused the call (' + response.status + ').' } };
      }
      return response.json();
    },
    on(event, listener) {
      connect();
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    }
  };
  Object.defineProperty(window, 'afterview', { value: Object.freeze(api), writable: false, configurable: false });
})();
`
