// What "interactive" means to the browser benchmarks (browser-bench.mjs,
// startup-trace.mjs): the Inspect button enabled.

export const INSPECT = '[data-testid=inspect-button]:not([disabled])';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Run in the page (page.addInitScript): records in window.__interactive, in
// the page's own clock, when the Inspect button is first enabled, so the
// harness's own round trips are not part of the page's time; and in
// window.__engineReady when the inspection engine, a module of its own
// fetched after that, is running (<html data-engine="ready">).
export function watchInspect() {
  const mark = () => {
    const b = document.querySelector('[data-testid=inspect-button]');
    if (b && !b.disabled && !window.__interactive) window.__interactive = performance.now();
    if (document.documentElement?.dataset.engine === 'ready' && !window.__engineReady) {
      window.__engineReady = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
}
