/**
 * Real headless Chromium for views and modals. A page script (tests/helpers/pages/*.ts)
 * is bundled with esbuild, with `obsidian` aliased to obsidian-test-mocks, and loaded
 * from file:// into a page whose body has Obsidian's theme class (theme-light or
 * theme-dark) and which links tests/helpers/obsidian-base.css (Obsidian's variables and
 * base layout, written from its documented names) and then the built styles.css. Page
 * scripts call setupPage() from pages/obsidian-dom.ts so that the mocks build the DOM
 * Obsidian builds. The production UI code runs unchanged.
 *
 * Each page's files live in a temporary folder that is removed when its browser
 * context closes (closing the browser closes its contexts), so a test that closes what
 * it opens leaves nothing behind.
 *
 * In CI a missing Chromium is a failure, never a skip.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeTempFolder, removeTempFolder } from './temp-folders';
import { REPO } from './vault-files';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO, 'docs', 'screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The temporary folders of the pages still open, by the browser they were opened in. */
const pageFolders = new Map<Browser, Set<string>>();

function removePageFolder(browser: Browser, dir: string): void {
  removeTempFolder(dir);
  pageFolders.get(browser)?.delete(dir);
}

function removeFoldersOf(browser: Browser): void {
  for (const dir of pageFolders.get(browser) ?? []) removeTempFolder(dir);
  pageFolders.delete(browser);
}

/**
 * Launch Chromium, or throw a clear error (CI must fail, not skip, without it).
 * `extraFlags`: more command-line flags (the benchmark exposes V8's collector).
 * Close it when done: that removes the temporary folders of its pages.
 */
export async function launch(extraFlags: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (see .ci/run)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...FLAGS, ...extraFlags],
  });
  pageFolders.set(browser, new Set());
  browser.once('disconnected', () => removeFoldersOf(browser));
  return browser;
}

/** Obsidian's base look (variables, modal, settings, buttons, prompt, menu): a fixture. */
const OBSIDIAN_BASE = join(REPO, 'tests', 'helpers', 'obsidian-base.css');

let stylesBuilt = false;
function stylesCss(): string {
  if (!stylesBuilt) {
    // The same concatenation the build does, so tests see the shipped CSS.
    execFileSync(process.execPath, [
      '-e',
      `
      const fs=require('fs'),p=require('path');const d=${JSON.stringify(join(REPO, 'styles'))};
      const parts=fs.readdirSync(d).filter(f=>f.endsWith('.css')).sort().map(f=>'/* '+f+' */\\n'+fs.readFileSync(p.join(d,f),'utf8').trim()+'\\n');
      fs.writeFileSync(${JSON.stringify(join(REPO, 'styles.css'))}, parts.join('\\n'));`,
    ]);
    stylesBuilt = true;
  }
  return readFileSync(join(REPO, 'styles.css'), 'utf8');
}

/** Bundle a page script for the browser, with `obsidian` mapped to the mocks. */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(REPO, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    alias: { obsidian: 'obsidian-test-mocks/obsidian' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface OpenedPage {
  page: Page;
  errors: string[];
}

/**
 * Open a page running the bundled script in a theme, at a width, in a context of its
 * own. Page errors and console errors are collected; tests assert there are none.
 * Close the page's context (`page.context().close()`) or the browser when done: either
 * removes the page's temporary folder.
 */
export async function openPage(
  browser: Browser,
  script: string,
  options: { theme: 'light' | 'dark'; width?: number; height?: number; clipboard?: boolean },
): Promise<OpenedPage> {
  const dir = makeTempFolder('e2e');
  let dirs = pageFolders.get(browser);
  if (!dirs) pageFolders.set(browser, (dirs = new Set()));
  dirs.add(dir);
  const themeClass = options.theme === 'dark' ? 'theme-dark' : 'theme-light';
  writeFileSync(join(dir, 'obsidian-base.css'), readFileSync(OBSIDIAN_BASE, 'utf8'));
  writeFileSync(join(dir, 'styles.css'), stylesCss());
  writeFileSync(join(dir, 'page.js'), script);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8">
    <link rel="stylesheet" href="obsidian-base.css"><link rel="stylesheet" href="styles.css"></head>
    <body class="${themeClass}"><script src="page.js"></script></body></html>`,
  );
  const context = await browser.newContext({
    viewport: { width: options.width ?? 800, height: options.height ?? 700 },
    colorScheme: options.theme,
  });
  context.once('close', () => removePageFolder(browser, dir));
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`file://${join(dir, 'index.html')}`);
  return { page, errors };
}

/** Save a screenshot under docs/screenshots (kept as a review artefact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
