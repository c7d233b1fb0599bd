/** What the handlers read from a request's target: its path and its query. `URL` satisfies it. */
export interface RequestTarget {
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
}

/** Printable ASCII, no fragment: a target whose query `URL` would leave as it is. */
const PLAIN_TARGET = /^[\x21-\x22\x24-\x7e]*$/;
/** A path `URL` returns unchanged: letters, digits, `_`, `-` and single slashes (no dots, escapes or `//`). */
const PLAIN_PATH = /^(?:\/[\w-]+)*\/?$/;

class PlainTarget implements RequestTarget {
  readonly pathname: string;
  readonly #search: string;
  #params: URLSearchParams | undefined;
  constructor(pathname: string, search: string) {
    this.pathname = pathname;
    this.#search = search;
  }
  /** Parsed on first use: a create never reads its query. */
  get searchParams(): URLSearchParams {
    this.#params ??= new URLSearchParams(this.#search);
    return this.#params;
  }
}

/**
 * The request target as `new URL(target, base)` would read it, without building a URL for the common plain
 * target (a URL parse per request was a measurable part of a create); anything unusual still goes through URL.
 */
export function requestTarget(raw: string | undefined): RequestTarget {
  const target = raw ?? '/';
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  if (PLAIN_TARGET.test(target) && PLAIN_PATH.test(path)) return new PlainTarget(path, q === -1 ? '' : target.slice(q));
  return new URL(target, 'http://sandbox.local');
}
