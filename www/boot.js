// Starts the app. This is a file, not the inline <script> Trunk writes by
// default, so the Content-Security-Policy needs no 'unsafe-inline' and no
// hashes. The JS and wasm names carry content hashes: Trunk writes them into
// this script tag's data attributes (pattern_script in Trunk.toml). Relative
// to the page, so the app works from any sub-path.
const tag = document.querySelector('script[data-hs-js]');
const base = document.baseURI;

// The Domain tools are a second module, fetched the first time their tab
// opens (src/app/tools_tab.rs calls this). Resolves to its mount function;
// a failed load is forgotten, so that "Try again" fetches anew.
let tools = null;
globalThis.headerscopeTools = () => {
  tools ??= (async () => {
    const m = await import(new URL(tag.dataset.hsToolsJs, base).href);
    await m.default({ module_or_path: new URL(tag.dataset.hsToolsWasm, base) });
    return m.mount;
  })().catch((err) => {
    tools = null;
    throw err;
  });
  return tools;
};

// The inspection engine, where no web worker can run it (src/app/worker.rs
// calls this): resolves to the module's exports once it is started; a failed
// load is forgotten, so that the next Inspect fetches anew.
let engine = null;
globalThis.headerscopeEngine = () => {
  engine ??= (async () => {
    const m = await import(new URL(tag.dataset.hsEngineJs, base).href);
    await m.default({ module_or_path: new URL(tag.dataset.hsEngineWasm, base) });
    return m;
  })().catch((err) => {
    engine = null;
    throw err;
  });
  return engine;
};

const { default: init } = await import(new URL(tag.dataset.hsJs, base).href);
await init({ module_or_path: new URL(tag.dataset.hsWasm, base) });
