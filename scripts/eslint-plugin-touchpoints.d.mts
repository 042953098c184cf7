// Types of the house-rules ESLint plugin, for the tests that run it.
import type { ESLint } from 'eslint';
declare const plugin: ESLint.Plugin;
export default plugin;
