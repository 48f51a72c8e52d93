// headerscope's service worker: the app works offline after the first visit.
//
// * The page (index.html) is fetched from the network first, so a new
//   deployment is picked up at once; offline (or when the server does not
//   answer within a few seconds) the cached copy is used.
// * Everything index.html refers to (the hashed .js, .wasm and .css, the icon,
//   boot.js, and the Domain tools' and the inspection engine's modules and
//   the German and Ukrainian language packs named on boot.js's tag) and
//   worker.js is cached at install. A file whose name carries a content hash
//   is served cache-first: its name changes with its content, so a cached
//   copy is never stale. boot.js and worker.js keep their names across
//   versions: they are fetched from the network first, like the page, so a
//   new page never runs with an old loader; offline the cached copy serves.
// * Nothing else is touched: DNS-over-HTTPS queries (and any other request)
//   go to the network as if there were no service worker, and are never cached.
//
// Only URLs inside this worker's scope (the directory it is served from) are
// handled, so the app can live under any sub-path.

const CACHE = 'headerscope-shell-v1';
const NAVIGATION_TIMEOUT_MS = 4000;
const scope = new URL(self.registration.scope);
const shellUrl = new URL('./', scope).href;

// The files a page refers to: relative href/src attributes (Trunk writes "./name").
function assetsOf(html) {
  // worker.js is started by the app, not named in the page.
  const urls = new Set([new URL('./sw.js', scope).href, new URL('./worker.js', scope).href]);
  for (const m of html.matchAll(/\b(?:href|src|data-hs-(?:[a-z]+-)?(?:js|wasm|json))="([^"]+)"/g)) {
    const u = new URL(m[1], shellUrl);
    if (u.origin === scope.origin && u.href.startsWith(scope.href) && !u.search) urls.add(u.href);
  }
  urls.delete(shellUrl);
  return [...urls];
}

// Trunk's content hash: "name-<hex>.js", "name-<hex>_bg.wasm".
const contentHashed = (url) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(new URL(url).pathname);

// Stores a fresh index.html and what it refers to; drops files no longer referred to.
async function storeShell(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const assets = assetsOf(html);
  await Promise.all(
    assets.map(async (url) => {
      if (contentHashed(url) && (await cache.match(url))) return;
      const r = await fetch(url, { cache: 'no-cache' });
      if (r.ok) await cache.put(url, r);
    }),
  );
  await cache.put(shellUrl, response);
  const keep = new Set([shellUrl, ...assets]);
  for (const req of await cache.keys()) {
    if (!keep.has(req.url)) await cache.delete(req);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const r = await fetch(shellUrl, { cache: 'no-cache' });
      if (r.ok) await storeShell(r);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

function isShellNavigation(request, url) {
  return (
    request.mode === 'navigate' &&
    (url.href === shellUrl || url.href === new URL('./index.html', scope).href)
  );
}

// The network's answer, or an error after NAVIGATION_TIMEOUT_MS.
function fetchFresh(request) {
  return Promise.race([
    fetch(request, { cache: 'no-cache' }),
    new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NAVIGATION_TIMEOUT_MS)),
  ]);
}

// Network first, for what keeps its URL across versions: the network's
// answer when it is usable (`keep` says so and stores it), else the copy
// cached under `key`, else whatever the network said.
async function networkFirst(request, key, keep) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetchFresh(request);
    if (await keep(response, cache)) return response;
    return (await cache.match(key)) || response;
  } catch (e) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw e;
  }
}

function navigation(request) {
  return networkFirst(request, shellUrl, (response) => {
    if (!response.ok || !(response.headers.get('content-type') || '').includes('text/html')) return false;
    // Refreshing the cache must not hold up the page.
    storeShell(response.clone()).catch(() => {});
    return true;
  });
}

// boot.js, worker.js: network first (kept fresh in the cache), cache offline;
// the rest, whose names carry a content hash, cache first.
async function asset(request) {
  if (!contentHashed(request.url)) {
    return networkFirst(request, request.url, async (response, cache) => {
      if (!response.ok) return false;
      await cache.put(request.url, response.clone());
      return true;
    });
  }
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  if (isShellNavigation(request, url)) {
    event.respondWith(navigation(request));
    return;
  }
  // Only the app's own files, by exact URL: a query string (DoH GET on the same
  // origin, say) or any other path goes to the network untouched.
  if (url.search || request.mode === 'navigate') return;
  event.respondWith(asset(request));
});
