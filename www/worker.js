// headerscope's inspection worker (see src/app/worker.rs and src/app/engine).
// The page starts it and sends the URLs of the inspection engine's JS and
// wasm (their names carry content hashes, which only the page knows). The
// engine then starts here and, finding itself in a worker, serves the page.
self.addEventListener(
  'message',
  async (event) => {
    try {
      const { js, wasm } = event.data;
      const { default: init } = await import(js);
      await init({ module_or_path: wasm });
    } catch (err) {
      // The page reads JSON text (src/app/protocol.rs, FromEngine).
      self.postMessage(JSON.stringify({ BootFailed: { message: String(err && err.message ? err.message : err) } }));
    }
  },
  { once: true },
);
