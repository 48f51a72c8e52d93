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

const { default: init } = await import(new URL(tag.dataset.hsJs, base).href);
await init({ module_or_path: new URL(tag.dataset.hsWasm, base) });
