/**
 * The browser part of the benchmark: tests/helpers/pages/bench.ts bundled with the mocks
 * and run in Debian's Chromium through the browser helpers (the real plugin's onload, the
 * real sidebar view with 50 people).
 */
import type { BrowserFigures } from '../helpers/pages/bench';
import { bundlePage, launch, openPage } from '../helpers/browser';
import { intervalTimes, rethread } from './trace-clock';

/** Sidebar width in the page, as in a typical right sidebar. */
const WIDTH = 320;

/** Run the page over a vault of `meetings` 1:1 notes of 50 people, loading `mainJs` (the built bundle). */
export async function measureBrowser(
  meetings: number,
  mainJs: string,
): Promise<BrowserFigures & { waited: number; wallTime: string[] }> {
  // The collector exposed, so that B's garbage is collected between samples (measure.ts), as in Node.
  const browser = await launch(['--js-flags=--expose-gc']);
  try {
    const script = await bundlePage('tests/helpers/pages/bench.ts');
    const { page, errors } = await openPage(browser, script, {
      theme: 'light',
      width: WIDTH,
      height: 900,
    });
    // Obsidian's view content area: padded, as tall as the window, and it scrolls.
    await page.addStyleTag({
      content:
        '.view-content { padding: 12px; height: 100vh; overflow-y: auto; box-sizing: border-box; }',
    });
    // The page marks each timed interval; the trace gives each mark the thread's own time
    // stamp, so the figures leave out the waits for a CPU (trace-clock.ts).
    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    const figures = await page.evaluate(([n, text]) => window.runBench!(n, text), [
      meetings,
      mainJs,
    ] as const);
    const times = intervalTimes((await browser.stopTracing()).toString('utf8'));
    if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
    const timings = {
      onload: figures.load,
      'onload-class': figures.onload,
      'sidebar-update': figures.update,
      'sidebar-update-open': figures.updateOpen,
    };
    const wallTime = Object.entries(timings)
      .filter(([, t]) => !rethread(t, times))
      .map(([id]) => id);
    return { ...figures, waited: times.waited, wallTime };
  } finally {
    await browser.close();
  }
}
