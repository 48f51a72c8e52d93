// Starts the app. This is a file, not the inline <script> Trunk writes by
// default, so the Content-Security-Policy needs no 'unsafe-inline' and no
// hashes. The JS and wasm names carry content hashes: Trunk writes them into
// this script tag's data attributes (pattern_script in Trunk.toml). Relative
// to the page, so the app works from any sub-path.
const tag = document.querySelector('script[data-hs-js]');
const base = document.baseURI;

// load() on the first call, every caller given its promise; a failed load
// is forgotten, so the next call tries anew.
function once(load) {
  let loading = null;
  return () =>
    (loading ??= load().catch((err) => {
      loading = null;
      throw err;
    }));
}

// A module of the app's own, fetched and started on the first call:
// resolves to pick(module).
function lazyModule(js, wasm, pick) {
  return once(async () => {
    const m = await import(new URL(js, base).href);
    await m.default({ module_or_path: new URL(wasm, base) });
    return pick(m);
  });
}

// The Domain tools, fetched the first time their tab opens
// (src/app/tools_tab.rs calls this; "Try again" calls it again): their mount
// function.
globalThis.headerscopeTools = lazyModule(tag.dataset.hsToolsJs, tag.dataset.hsToolsWasm, (m) => m.mount);

// The inspection engine, where no web worker can run it (src/app/worker.rs
// calls this; the next Inspect, after a failure): the module's exports.
globalThis.headerscopeEngine = lazyModule(tag.dataset.hsEngineJs, tag.dataset.hsEngineWasm, (m) => m);

// The German and Ukrainian texts (English is compiled in): a promise of the
// pack's JSON text by language code, fetched once; a failed fetch is
// forgotten, so the next call fetches anew. src/app/lang.rs asks for the
// language shown and installs it; the Domain tools take the text the page
// has (headerscopePackText).
const packUrls = { de: tag.dataset.hsDeJson, uk: tag.dataset.hsUkJson };
const packTexts = new Map();
const packLoads = new Map(
  Object.entries(packUrls)
    .filter(([, url]) => url)
    .map(([code, url]) => [
      code,
      once(async () => {
        const r = await fetch(new URL(url, base));
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        const text = await r.text();
        packTexts.set(code, text);
        return text;
      }),
    ]),
);
globalThis.headerscopePack = (code) =>
  packLoads.get(code)?.() ?? Promise.reject(new Error(`no language pack for ${code}`));
globalThis.headerscopePackText = (code) => packTexts.get(code);

// The language the app will show, guessed as src/app/state.rs decides it
// (the saved choice, else the browser's first language the app has), so
// its pack downloads beside the app's module instead of after it. A wrong
// guess costs one unused fetch; the app asks for the right one itself.
function guessLang() {
  try {
    const saved = JSON.parse(localStorage.getItem('headerscope.settings') ?? 'null')?.lang;
    if (saved) return saved;
  } catch {
    // Unreadable settings or no storage: the browser's languages decide.
  }
  for (const t of navigator.languages ?? [navigator.language]) {
    const code = String(t).split(/[-_]/)[0].toLowerCase();
    if (['en', 'de', 'uk'].includes(code)) return code;
  }
  return 'en';
}
const guessed = guessLang();
if (packLoads.has(guessed)) globalThis.headerscopePack(guessed).catch(() => {});

const { default: init } = await import(new URL(tag.dataset.hsJs, base).href);
await init({ module_or_path: new URL(tag.dataset.hsWasm, base) });
