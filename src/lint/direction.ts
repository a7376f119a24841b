// Which variant is Chinese and which English, and so which direction a file is checked in
// (issue 8): declared languages first (matched loosely, text/languages.ts); the script of the
// text where the declarations are missing or contradict it.
import { UserError } from '../errors.js';
import { hasHan } from '../text/han.js';
import { isChineseLang, isEnglishLang } from '../text/languages.js';
import type { Segment, Variant } from './segment.js';

export type Direction = 'zh-en' | 'en-zh';

export interface Pair {
  zh: Variant;
  en: Variant;
  direction: Direction;
}

/** The languages a segment declares, for messages ("en-US → fr-FR"). */
export function declaredLanguages(segment: Segment): string {
  return segment.variants.map((v) => `${v.lang ?? '?'} (${v.role})`).join(', ');
}

/**
 * Picks the Chinese and the English variant of a segment by declared language. Returns
 * undefined when the segment declares no Chinese–English pair.
 */
export function pairByDeclaration(segment: Segment): Pair | undefined {
  const zh = segment.variants.find((v) => isChineseLang(v.lang));
  const en = segment.variants.find((v) => isEnglishLang(v.lang));
  if (!zh || !en) return undefined;
  return { zh, en, direction: zh.role === 'source' ? 'zh-en' : 'en-zh' };
}

/**
 * Picks the pair by the script of the text: the variant with Han characters is the Chinese one.
 * Used when declarations are missing, and checked against declarations (translate-toolkit
 * writes source-language="en-US" for any PO it converts).
 */
export function pairByScript(segment: Segment): Pair | undefined {
  const source = segment.variants.find((v) => v.role === 'source');
  const target = segment.variants.find((v) => v.role === 'target');
  if (!source || !target) return undefined;
  const s = hasHan(source.text);
  const t = hasHan(target.text);
  if (s && !t) return { zh: source, en: target, direction: 'zh-en' };
  if (t && !s) return { zh: target, en: source, direction: 'en-zh' };
  return undefined;
}

/** The pair for a forced direction: source and target by role. */
export function pairForDirection(segment: Segment, direction: Direction): Pair | undefined {
  const source = segment.variants.find((v) => v.role === 'source');
  const target = segment.variants.find((v) => v.role === 'target');
  if (!source || !target) return undefined;
  return direction === 'zh-en' ? { zh: source, en: target, direction } : { zh: target, en: source, direction };
}

/**
 * Decides a file's direction once, on the first segment that tells, then pairs every segment by
 * it. `--direction` decides it up front. The one place where a direction is chosen.
 */
export class DirectionDecider {
  direction?: Direction;
  private readonly reported = new Set<string>();

  constructor(
    private readonly path: string,
    forced: Direction | undefined,
    private readonly notice: (text: string) => void,
  ) {
    this.direction = forced;
  }

  /** The segment's pair, or undefined while neither declarations nor script tell. */
  pair(segment: Segment): Pair | undefined {
    if (this.direction) return pairForDirection(segment, this.direction);
    const declared = pairByDeclaration(segment);
    const byScript = pairByScript(segment);
    // translate-toolkit writes source-language="en-US" for any PO it converts: a declaration
    // that the script of the text contradicts gives way to the script, with a notice
    const contradicted = byScript && (isEnglishLang(byScript.zh.lang) || isChineseLang(byScript.en.lang));
    if (byScript && ((declared && declared.direction !== byScript.direction) || contradicted)) {
      this.notice(
        `${this.path}: the file declares ${declaredLanguages(segment)}, but the ${byScript.direction === 'zh-en' ? 'source' : 'target'} text is Chinese; checking ${byScript.direction} (use --direction to force)`,
      );
      return this.decide(byScript.direction, segment);
    }
    if (declared) return this.decide(declared.direction, segment);
    const langs = segment.variants.map((v) => v.lang).filter((l): l is string => l !== undefined);
    if (langs.length >= 2 && !(langs.some(isChineseLang) && langs.some(isEnglishLang))) {
      // Not a Chinese–English file at all: say which languages it has (exit 2).
      const key = langs.join(',');
      if (!this.reported.has(key)) {
        this.reported.add(key);
        throw new UserError(
          `${this.path} is not a Chinese–English file: it declares ${declaredLanguages(segment)}`,
          undefined,
          'shuyu checks Chinese↔English translations; use --direction zh-en or en-zh if the declaration is wrong',
        );
      }
    }
    if (byScript) return this.decide(byScript.direction, segment);
    return undefined;
  }

  private decide(direction: Direction, segment: Segment): Pair | undefined {
    this.direction = direction;
    return pairForDirection(segment, direction);
  }
}
