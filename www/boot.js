// Starts the app. This is a file, not the inline <script> Trunk writes by
// default, so the Content-Security-Policy needs no 'unsafe-inline' and no
// hashes. The JS and wasm names carry content hashes: Trunk writes them into
// this script tag's data attributes (pattern_script in Trunk.toml). Relative
// to the page, so the app works from any sub-path.
const tag = document.querySelector('script[data-hs-js]');
const base = document.baseURI;

// A module of the app's own, fetched and started on the first call:
// resolves to pick(module); a failed load is forgotten, so the next call
// fetches anew.
function lazyModule(js, wasm, pick) {
  let loading = null;
  return () => {
    loading ??= (async () => {
      const m = await import(new URL(js, base).href);
      await m.default({ module_or_path: new URL(wasm, base) });
      return pick(m);
    })().catch((err) => {
      loading = null;
      throw err;
    });
    return loading;
  };
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
const packs = new Map();
const packTexts = new Map();
globalThis.headerscopePack = (code) => {
  if (!packUrls[code]) return Promise.reject(new Error(`no language pack for ${code}`));
  if (!packs.has(code)) {
    const loading = fetch(new URL(packUrls[code], base))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => {
        packTexts.set(code, text);
        return text;
      })
      .catch((err) => {
        packs.delete(code);
        throw err;
      });
    packs.set(code, loading);
  }
  return packs.get(code);
};
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
if (packUrls[guessed]) globalThis.headerscopePack(guessed).catch(() => {});

const { default: init } = await import(new URL(tag.dataset.hsJs, base).href);
await init({ module_or_path: new URL(tag.dataset.hsWasm, base) });
