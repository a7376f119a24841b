// Which variant is Chinese and which English, and so which direction a file is checked in
// (issue 8): declared languages first (matched loosely, text/languages.ts); the script of the
// text where the declarations are missing or contradict it.
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
