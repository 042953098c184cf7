// Types of what the tests import from eslint.config.mjs.
/** Which capability folders of src/core each one may import (besides its own). */
export declare const CORE_CAPABILITIES: Record<string, string[]>;
/** Which capability folders of src/plugin each one may import (besides its own). */
export declare const PLUGIN_CAPABILITIES: Record<string, string[]>;
declare const config: unknown[];
export default config;
