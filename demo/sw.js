// The demo's stand-in for the district's site, which the sample feeds name under the reserved
// .example domain (never a real host, so safe to take over). A school site has no such worker.
// - The form's POST to `https://metodkab-kuz.example/api/consultations` (the feed schema accepts
//   https endpoints only) goes with the same body to /api/consultations on the demo server,
//   which proxies it to the real packages/inbox started by demo/serve.mjs; so do the event
//   registration's requests to `…/api/registrations/<event>`. The form, the inbox's
//   CORS and validation, and the SQLite file are all real; only the host name is swapped.
// - Images there (the practices' covers) are drawn here as plain placeholders.

const isSample = (url) => url.protocol === 'https:' && url.hostname.endsWith('.example');

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (!isSample(url)) return;
  if (request.method === 'POST' && url.pathname === '/api/consultations')
    event.respondWith(forward(request, url.pathname));
  // Event registration kept by the service: places left (GET) and sign-up (POST).
  else if (
    url.pathname.startsWith('/api/registrations/') &&
    ['GET', 'POST'].includes(request.method)
  )
    event.respondWith(forward(request, url.pathname));
  else if (request.method === 'GET' && request.destination === 'image')
    event.respondWith(placeholder(url.pathname));
});

/** A soft panel with a book, its hue taken from the path so the covers differ. */
function placeholder(path) {
  let hue = 0;
  for (const char of path) hue = (hue * 31 + char.charCodeAt(0)) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180">
<rect width="320" height="180" fill="hsl(${hue} 45% 88%)"/>
<path d="M160 62c-18-10-40-12-58-8v70c18-4 40-2 58 8 18-10 40-12 58-8V54c-18-4-40-2-58 8zm0 0v70"
 fill="none" stroke="hsl(${hue} 35% 40%)" stroke-width="6" stroke-linejoin="round"/></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}

async function forward(request, path) {
  const headers = {};
  for (const name of ['content-type', 'accept-language']) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  const response = await fetch(path, {
    method: request.method,
    headers,
    ...(request.method === 'POST' ? { body: await request.text() } : {}),
    credentials: 'omit',
  });
  // A response of our own making, so the page may read it like the receiver's CORS answer.
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
