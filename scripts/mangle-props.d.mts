// Types of the list of property names shortened in main.js, for its test.
export declare const MANGLED_PROPS: readonly string[];
export declare const mangleProps: RegExp;
