// Pinyin keys without the pinyin dictionary: tone stripping, initials, syllable splitting.
// Everything here is cheap to load, so a lookup on a cached index never loads pinyin-pro.

// Every toneless syllable of Hanyu Pinyin (ü written v), as pinyin-pro's dictionary has them.
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang ' +
    'cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan ' +
    'chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di ' +
    'dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng ' +
    'fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha ' +
    'hai han hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun huo ji jia jian ' +
    'jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ' +
    'ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie ' +
    'lin ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian ' +
    'miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nian niang niao ' +
    'nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao ' +
    'pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang ' +
    'rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai ' +
    'shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song ' +
    'sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan ' +
    'tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu ' +
    'xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ' +
    'ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan ' +
    'zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** Whether `s` (toneless, lower case, ü as v) is a syllable of Hanyu Pinyin. */
export function isSyllable(s: string): boolean {
  return SYLLABLES.has(s);
}

/** Whether `s` could be the start of a syllable (`zh`, `jia`, `x`). */
export function isSyllablePrefix(s: string): boolean {
  for (const syl of SYLLABLES) if (syl.startsWith(s)) return true;
  return false;
}

const TONE_MARKS = /[\u0300-\u036f]/g;
/** What separates the words of pinyin as files and users write it: spaces, apostrophes, hyphens, middle dots. */
const SEPARATORS = /[\s'’\-·]+/;

/**
 * Lower case, tone marks removed, ü (and u:) written v, tone numbers dropped:
 * `Chóngqìng` → `chongqing`, `lǜ` → `lv`, `zhong1` → `zhong`. Keeps spaces and other characters.
 */
export function stripTones(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/u\u0308/gi, 'v')
    .replace(TONE_MARKS, '')
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/ü/g, 'v')
    .replace(/([a-z])[1-5](?=$|[^0-9])/g, '$1');
}

/** Whether a string carries tone marks (ā á ǎ à …) or tone numbers after a syllable. */
export function hasToneMarks(s: string): boolean {
  return /[\u0300-\u036f]/.test(s.normalize('NFD').replace(/u\u0308/gi, 'v')) || /[a-z][1-5](?:$|[^0-9])/i.test(s);
}

/**
 * Splits toneless pinyin written without spaces into syllables (`chongqing` → `chong qing`),
 * preferring the split with the fewest syllables; `xian` stays one syllable unless the text
 * marks the break (`xi'an`). Returns null when the text is not pinyin.
 */
export function splitSyllables(word: string): string[] | null {
  const n = word.length;
  // count[i]: fewest syllables covering word[0, i) (0 where none does, but for i = 0); last[i]:
  // the length of the last of them. Back-pointers, not an array per prefix: a 50,000-letter
  // "word" in a hostile glossary kept one array a prefix, 4 GB (issue 18).
  const count = new Int32Array(n + 1);
  const last = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    if (i > 0 && count[i] === 0) continue;
    for (let len = 1; len <= 6 && i + len <= n; len++) {
      if (!SYLLABLES.has(word.slice(i, i + len))) continue;
      const cand = count[i]! + 1;
      const cur = count[i + len]!;
      // prefer fewer syllables; at a tie, the one found first (the longer last syllable) stays
      if (cur === 0 || cand < cur) {
        count[i + len] = cand;
        last[i + len] = len;
      }
    }
  }
  if (n > 0 && count[n] === 0) return null;
  const out: string[] = new Array(count[n]);
  for (let i = n, k = count[n]! - 1; i > 0; k--) {
    out[k] = word.slice(i - last[i]!, i);
    i -= last[i]!;
  }
  return out;
}

/**
 * Toneless syllables of a pinyin string as a file or user writes it: words separated by spaces,
 * apostrophes or hyphens, each split into syllables (`Chóngqìng Gāoxīn Qū` → chong qing gao xin qu).
 * Tokens that are not pinyin (digits, Latin letters in a term such as `1+3+N`) are kept as they are.
 */
export function pinyinSyllables(pinyin: string): string[] {
  const out: string[] = [];
  for (const word of stripTones(pinyin).split(/[\s'’\-·,;.]+/)) {
    if (!word) continue;
    const clean = word.replace(/[^a-z0-9]/g, '');
    if (!clean) continue;
    const split = /^[a-z]+$/.test(clean) ? splitSyllables(clean) : null;
    for (const piece of split ?? clean.match(/[a-z]+|[0-9]+/g) ?? []) out.push(piece);
  }
  return out;
}

const TONE_OF_MARK: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** Tone digits of tone-marked pinyin, one per syllable-ish word part: `zhōngshì` → "14". 5 = neutral. */
export function toneDigits(pinyin: string): string {
  let out = '';
  for (const word of pinyin.normalize('NFD').toLowerCase().split(SEPARATORS)) {
    // a mark belongs to the syllable it sits in; count marks in order, neutral where none
    let marks = '';
    for (const ch of word) if (TONE_OF_MARK[ch]) marks += TONE_OF_MARK[ch];
    out += marks || '5';
  }
  return out;
}

/** Tone-marked pinyin as one lookup key: lower case, without separators (`Chóngqìng Shì` → `chóngqìngshì`). */
export function tonedKey(pinyin: string): string {
  return pinyin.normalize('NFC').toLowerCase().split(SEPARATORS).join('');
}

/** Initials of toneless syllables: `jie bang gua shuai` → `jbgs` (zh, ch, sh give z, c, s). */
export function initialsOf(syllables: readonly string[]): string {
  return syllables.map((s) => s[0] ?? '').join('');
}
