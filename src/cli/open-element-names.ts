/**
 * htmlparser2's stack of open element names, kept so that a page nested N deep reads in O(N) rather than O(N²).
 *
 * htmlparser2's Parser keeps its open elements in an array innermost first: it opens one with `unshift`, closes
 * one with `shift` and finds an end tag's element with `indexOf`, so each start tag moves every name below it
 * (20,000 nested <div>s: hundreds of milliseconds, 40,000: seconds). This stack offers the same operations on an
 * array kept outermost first: `unshift` and `shift` push and pop at its end, `[0]` is the innermost name,
 * `indexOf` counts from the innermost and answers at once for a name not open (a count per name), so that its
 * search is never longer than the elements the end tag then closes. The Parser's rules are its own, unchanged.
 */

/** The Parser's field (private in its types): read while a text is written to it. */
interface ParserInternals {
  stack: unknown;
}

export class OpenElementNames {
  /** Outermost first. */
  private readonly names: string[] = [];
  private readonly openCount = new Map<string, number>();

  get length(): number {
    return this.names.length;
  }

  /** The innermost open element's name, as `stack[0]` is in the Parser's array. */
  get 0(): string | undefined {
    return this.names[this.names.length - 1];
  }

  /** Opens `names`, the first of them innermost (as `Array.prototype.unshift` puts them). */
  unshift(...names: string[]): number {
    for (let index = names.length - 1; index >= 0; index--) {
      const name = names[index]!;
      this.names.push(name);
      this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    }
    return this.names.length;
  }

  /** Closes the innermost open element, returning its name. */
  shift(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.openCount.set(name, this.openCount.get(name)! - 1);
    return name;
  }

  /** How many elements are open inside the innermost `name` (-1: none is open). */
  indexOf(name: string): number {
    if (!this.openCount.get(name)) return -1;
    const last = this.names.length - 1;
    for (let index = last; ; index--) if (this.names[index] === name) return last - index;
  }

  /** The names as the Parser's own array holds them, innermost first. */
  innermostFirst(): string[] {
    return [...this.names].reverse();
  }
}

/**
 * Writes `html` to `parser` with its open elements kept in an {@link OpenElementNames}, then ends it (the end
 * reads the names by position, so they go back into an array first).
 */
export function parseWithLinearStack(parser: { write(text: string): void; end(): void }, html: string): void {
  const internals = parser as unknown as ParserInternals;
  if (!Array.isArray(internals.stack) || internals.stack.length > 0) {
    parser.write(html);
    parser.end();
    return;
  }
  const names = new OpenElementNames();
  internals.stack = names;
  parser.write(html);
  internals.stack = names.innermostFirst();
  parser.end();
}
