// Reading typed values out of YAML nodes, each problem reported at the node it is about: the
// glossary's YAML is walked node by node (never turned into a plain object first) so that
// every message can point at the offending key or value.
import { isAlias, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { Diagnostic, Place } from '../errors.js';
import { editDistance } from '../text/fuzzy.js';
import { checkString } from './check-string.js';

export type Severity = Diagnostic['severity'];

/** A key's text, whatever its node. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** One glossary file's nodes and the problems found in them so far, in the order found. */
export class NodeReader {
  readonly problems: Diagnostic[] = [];

  constructor(
    readonly path: string,
    /** The file's text, to see how a node was written. */
    readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** The place of a 0-based offset in the file; the file's start when there is none. */
  place(offset: number | undefined): Place {
    if (offset === undefined) return { file: this.path, line: 1, column: 1 };
    const { line, col } = this.lines.linePos(offset);
    return { file: this.path, line, column: col };
  }

  /** Where a node starts (for a pair, where its key starts). */
  at(node: Node | Pair | null | undefined): Place {
    const n = node && 'range' in node ? node : node && 'key' in node ? (node.key as Node | null) : null;
    return this.place(n?.range?.[0]);
  }

  problem(node: Node | Pair | null | undefined, message: string, hint?: string, severity: Severity = 'error'): void {
    this.problems.push({ severity, message, at: this.at(node), ...(hint ? { hint } : {}) });
  }

  unknownKey(pair: Pair, key: string, known: readonly string[], what: string): void {
    let best: string | undefined;
    let bestDistance = 3;
    for (const k of known) {
      const d = editDistance(key, k, 2);
      if (d < bestDistance) (best = k), (bestDistance = d);
    }
    this.problem(pair, `unknown ${what} key \`${key}\``, best ? `did you mean \`${best}\`?` : `known keys: ${known.join(', ')}`);
  }

  /** `label` names the field in messages where the key alone is ambiguous (`examples.zh`). */
  stringValue(node: Node | null, pair: Pair, key: string, label = key): string | undefined {
    if (isAlias(node)) return undefined;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      this.problem(node ?? pair, `\`${key}\` must be a string`);
      return undefined;
    }
    const v = String(node.value);
    if (v.trim() === '') {
      this.problem(node, `\`${key}\` is empty`, 'remove the key or give it a value');
      return undefined;
    }
    checkString(this, node, label, v);
    return v;
  }

  /** A string that must be one of `allowed`, or undefined (reported) when it is not. */
  oneOf<T extends string>(node: Node | null, pair: Pair, key: string, allowed: readonly T[], hint?: string): T | undefined {
    const v = this.stringValue(node, pair, key);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problem(node, `\`${key}\` must be one of ${allowed.join(', ')}; got "${v}"`, hint);
    return undefined;
  }

  stringList(node: Node | null, pair: Pair, key: string): string[] {
    if (isAlias(node)) return [];
    if (isScalar(node) && (node.value === null || node.value === undefined)) return [];
    if (isScalar(node)) {
      // A single string where a list is expected is a common slip; accept it and say so.
      const v = this.stringValue(node, pair, key);
      if (v !== undefined) this.problem(node, `\`${key}\` should be a list`, `write \`${key}: [${v}]\``, 'warning');
      return v === undefined ? [] : [v];
    }
    if (!isSeq(node)) {
      this.problem(node ?? pair, `\`${key}\` must be a list of strings`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const v = this.stringValue(item as Node, pair, key);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  list<T>(node: Node | null, pair: Pair, key: string, read: (n: Node) => T | undefined): T[] {
    if (isAlias(node)) return [];
    if (!isSeq(node)) {
      this.problem(node ?? pair, `\`${key}\` must be a list`);
      return [];
    }
    const out: T[] = [];
    for (const item of node.items) {
      const v = read(item as Node);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
}
