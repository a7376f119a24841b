// Pinyin derived from the Chinese with pinyin-pro. Only the index build needs this module:
// lookups read the derived keys from the cached index (pinyin-keys.ts).
import { pinyin } from 'pinyin-pro';

/**
 * Tone-marked pinyin of simplified Chinese as display text: one syllable per Han character,
 * separated by spaces, with runs of Latin letters and digits kept (`1+3+N` → `1 3 N`).
 * Give simplified text: pinyin-pro reads 重慶 as zhòng qìng but 重庆 as chóng qìng.
 * `toneSandhi: false` gives dictionary forms (一个 → yī gè), as glossaries print them.
 */
export function derivePinyin(simplified: string): string {
  const parts = pinyin(simplified, { toneSandhi: false, type: 'all' });
  const out: string[] = [];
  let latin = '';
  for (const p of parts) {
    if (p.isZh) {
      if (latin) out.push(latin), (latin = '');
      out.push(p.pinyin);
    } else if (/^[A-Za-z0-9]$/.test(p.origin)) {
      latin += p.origin;
    } else if (latin) {
      out.push(latin);
      latin = '';
    }
  }
  if (latin) out.push(latin);
  return out.join(' ');
}
