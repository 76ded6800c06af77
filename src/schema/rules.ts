/**
 * The contract's checks that are code rather than shape: the patterns and the
 * predicate its schema uses. A module of their own, without zod, because the
 * compiled validator (compiled.ts) needs the very same objects and must not
 * pay for building the schema to get them.
 */

/** An ISO 8601 value at any precision from year to second. */
export const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z))?)?)?$/;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A span that does not end before it starts. */
export const spanInOrder = (span: { start: number; end: number }): boolean => span.end >= span.start;
