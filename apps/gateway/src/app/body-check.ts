import { BadRequestInput } from './request-errors';

/** Keys that mean nothing in a document and only ever serve prototype pollution downstream. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting a document shape needs (a YouTube list response is about 5 levels). */
const MAX_DEPTH = 32;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses JSON bodies that no producer of real documents sends: prototype-pollution keys, strings
 * with lone UTF-16 surrogates (JSON allows "\ud800", UTF-8 and Elasticsearch do not), nesting
 * deeper than any document shape. The 400 names the path of the first offending value.
 */
export function checkJsonBody(value: unknown, path = '(body)', depth = 0): void {
  if (depth > MAX_DEPTH) throw new BadRequestInput(`the request body is nested too deep at ${path}: at most ${MAX_DEPTH} levels`);
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new BadRequestInput(`${path} has a lone UTF-16 surrogate (e.g. "\\ud800" alone): send valid Unicode`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkJsonBody(item, `${path}[${i}]`, depth + 1));
    return;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BadRequestInput(`${path} has the key "${key}", which no document field uses: remove it`);
      checkJsonBody((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    }
  }
}
