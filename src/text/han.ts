// Character classes shared by every consumer.

// CJK Unified Ideographs with extensions A–F and the compatibility block.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{2ebef}]/u;

/** Whether the text contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The offset of the first Han character in the text, or -1. */
export function firstHan(text: string): number {
  return text.search(HAN);
}

/** Whether a single character (one code point) is Han. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}
