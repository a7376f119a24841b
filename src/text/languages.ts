// Language tags as translation files, term bases and spreadsheets write them, matched loosely
// (issue 8): zh, zh-CN, ZH-TW, zh_Hans, zh-Hant-HK, cmn, yue are Chinese; en, EN-US, en_GB
// English. One place for the readers of lint, import and the linter's direction logic.

/** zh, zh-CN, ZH-TW, zh_Hans, zh-Hant-HK, cmn, yue, chi/zho are Chinese. */
export function isChineseLang(lang: string | undefined): boolean {
  return lang !== undefined && /^(zh|cmn|yue|chi|zho)(?:[-_].*)?$/i.test(lang.trim());
}

/** en, EN-US, en_GB, eng are English. */
export function isEnglishLang(lang: string | undefined): boolean {
  return lang !== undefined && /^(en|eng)(?:[-_].*)?$/i.test(lang.trim());
}

/** Whether a Chinese tag asks for traditional characters (zh-TW, zh-HK, zh-Hant, zh_MO). */
export function isTraditionalLang(lang: string | undefined): boolean {
  return lang !== undefined && /^(zh|cmn|yue|chi|zho)[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i.test(lang.trim());
}

export type LanguageKind = 'zh-hans' | 'zh-hant' | 'en' | 'other';


/** Classifies a language tag; `undefined` and anything not Chinese or English are `other`. */
export function languageKind(tag: string | undefined): LanguageKind {
  if (!tag) return 'other';
  const t = tag.trim();
  if (isTraditionalLang(t)) return 'zh-hant';
  if (isChineseLang(t)) return 'zh-hans';
  if (isEnglishLang(t)) return 'en';
  return 'other';
}

/**
 * The language a column name or a language name stands for: a code (`zh-CN`, `en_US`), a code
 * in brackets (`Term [en]`, `Term (zh-Hans)`), or a language name (`Chinese (Taiwan)`,
 * `English_United_States`, `简体中文`, `英文`).
 */
export function languageOfName(name: string): LanguageKind {
  const n = name.trim();
  const bracket = /[[(]\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*[\])]\s*$/.exec(n);
  if (bracket) {
    const kind = languageKind(bracket[1]);
    if (kind !== 'other') return kind;
  }
  const direct = languageKind(n);
  if (direct !== 'other' && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/.test(n)) return direct;
  const lower = n.toLowerCase();
  if (/^chinese\b|^chinese_|中文|汉语|漢語|简体|簡體|繁体|繁體/.test(lower)) {
    return /tradition|taiwan|hong[ _]?kong|macao|macau|hant|繁/.test(lower) ? 'zh-hant' : 'zh-hans';
  }
  if (/^english\b|^english_|英文|英语|英語/.test(lower)) return 'en';
  return 'other';
}
