// esbuild's options for main.js, shared by the build (esbuild.config.mjs) and the test
// that loads the built bundle (tests/plugin/main-bundle.test.ts): what goes in, the
// format Obsidian loads, and what makes it small. The build adds its output, source
// maps and the step after the build.
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { mangleProps } from './mangle-props.mjs';

/**
 * One `require('obsidian')` for the whole bundle: esbuild gives every module that imports
 * an external its own `var x = require("obsidian")` (35 of them, about 900 bytes); the
 * imports go through one module that re-exports the app's instead.
 */
const oneObsidian = {
  name: 'touchpoints-one-obsidian',
  setup(build) {
    build.onResolve({ filter: /^obsidian$/ }, (args) =>
      args.namespace === 'one-obsidian'
        ? { path: 'obsidian', external: true }
        : { path: 'obsidian', namespace: 'one-obsidian' },
    );
    build.onLoad({ filter: /^obsidian$/, namespace: 'one-obsidian' }, () => ({
      contents: "export * from 'obsidian';",
    }));
  },
};

/** The options for main.js from the repository at `root`; `production` minifies. */
export function mainBundleOptions(root, production) {
  return {
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
    format: 'cjs',
    target: 'es2021',
    treeShaking: true,
    minify: production,
    // Our own internal property names shortened (scripts/mangle-props.mjs says which and
    // why it is safe), in every build, so a development build behaves as the release.
    mangleProps,
    legalComments: 'none',
    plugins: [oneObsidian],
  };
}
