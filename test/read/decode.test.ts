import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { decodeText, decodeUtf8 } from '../../src/read/decode.js';

// A corpus sentence (article 001), repeated past the size where the transcoder takes over.
const SENTENCE = '最近,中国科学院重庆科学中心迎来了首批团队入驻,“揭榜挂帅”项目加快落地。\n';
const big = SENTENCE.repeat(200);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it('decodes mostly-Chinese text as TextDecoder does', () => {
    expect(bytes(big).length).toBeGreaterThan(4096);
    expect(decodeUtf8(bytes(big))).toBe(big);
  });

  it('decodes mostly-ASCII text, and keeps astral characters and a BOM', () => {
    const text = `\ufeffpilot platform 𠀀 中试平台\n`.repeat(300);
    expect(decodeUtf8(bytes(text))).toBe(text);
  });

  it('refuses invalid UTF-8 on either path', () => {
    const cjk = bytes(big);
    cjk[3000] = 0xff;
    expect(decodeUtf8(cjk)).toBeUndefined();
    const ascii = bytes('pilot platform\n'.repeat(400));
    ascii[10] = 0xc3; // a lead byte followed by ASCII
    expect(decodeUtf8(ascii)).toBeUndefined();
    expect(decodeUtf8(bytes(big).subarray(0, bytes(big).length - 2))).toBeUndefined(); // cut inside 。
  });
});

describe('decodeText', () => {
  it('names the byte, line and column of invalid UTF-8 in a large Chinese file', () => {
    const b = bytes(big);
    const line = 3;
    const at = bytes(SENTENCE).length * (line - 1) + bytes('最近,').length;
    b[at] = 0xff;
    let err: unknown;
    try {
      decodeText(b, 'zh.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`invalid UTF-8 at byte ${at} (0xff)`);
    expect((err as UserError).place).toMatchObject({ file: 'zh.txt', line, column: 4 });
  });

  it('counts a U+FEFF that starts a line as a column of it, as the file has it', () => {
    const b = Uint8Array.from([0x61, 0x0a, 0xef, 0xbb, 0xbf, 0xc3, 0x0a]);
    expect(() => decodeText(b, 'zh.txt')).toThrow(UserError);
    try {
      decodeText(b, 'zh.txt');
    } catch (e) {
      expect((e as UserError).message).toBe('invalid UTF-8 at byte 5 (0xc3)');
      expect((e as UserError).place).toEqual({ file: 'zh.txt', line: 2, column: 2 });
    }
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes(`\ufeff${big}`), 'zh.txt')).toBe(big);
  });
});
