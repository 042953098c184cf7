// Types of what npm test says at its end about what failed, for its test.
export declare function firstLine(message: unknown): string;
export declare function vitestFailures(json: unknown, root: string, label: string): string[];
export declare function failureBlock(lines: readonly string[], max?: number): string[];
