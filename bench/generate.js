// Synthetic glossaries for benchmarks: N entries with unique Chinese terms of 3–6 characters
// drawn from the characters of the built-in glossary, and English renderings of 1–4 words
// drawn from its English. Deterministic (seeded), so runs compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed) {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

export function vocabulary(glossaryDir) {
  const chars = new Set();
  const words = new Set();
  for (const f of readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(join(glossaryDir, f), 'utf8');
    for (const m of text.matchAll(/^\s*-?\s*zh:\s*(.+)$/gm)) for (const ch of m[1]) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
    for (const m of text.matchAll(/^\s*en:\s*(.+)$/gm)) for (const w of m[1].toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(w);
  }
  return { chars: [...chars], words: [...words] };
}

/**
 * YAML text of a glossary with `n` entries. With `avoid`, each entry also gets one rendering
 * to avoid (for the English-side benchmark).
 */
export function generateGlossary(n, { chars, words }, seed = 42, { avoid = false } = {}) {
  const r = rng(seed);
  const seen = new Set();
  const lines = ['title: Generated for benchmarks', 'domain: bench', 'entries:'];
  while (seen.size < n) {
    const len = 3 + r(4); // 3–6 characters, as most policy terms are
    let zh = '';
    for (let i = 0; i < len; i++) zh += chars[r(chars.length)];
    if (seen.has(zh)) continue;
    seen.add(zh);
    const en = Array.from({ length: 1 + r(4) }, () => words[r(words.length)]).join(' ');
    lines.push(`  - zh: ${zh}`, `    en: ${en} ${seen.size}`);
    if (avoid) lines.push(`    en_avoid: [${words[r(words.length)]} ${en} ${words[r(words.length)]}]`);
    lines.push(`    note: generated entry ${seen.size}`);
  }
  return `${lines.join('\n')}\n`;
}
