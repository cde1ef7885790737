// Types of bench/hostile.js, for the tests that import it (test/bad-inputs/hostile.test.ts).
export function transfersSpaces(bytes: number): string;
export function recipientParens(bytes: number): string;
export function indentSpaces(bytes: number): string;
export function longNames(bytes: number): string;
export function manyKeys(bytes: number, opts?: { same?: boolean }): string;
export function productsByChannels(products: number, channels: number): string;
