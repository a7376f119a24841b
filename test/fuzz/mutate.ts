// A seeded, deterministic mutator of file bytes for the fuzz suites (issue 18): the same seed
// always yields the same mutant, so a failure names a seed that reproduces it.

/** mulberry32: a small 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

/** A mutator: bytes in, bytes out; never changes its input. */
export type Mutator = (input: Buffer, rng: Rng) => Buffer;

/**
 * A random offset moved forward to the start of a UTF-8 character, so that an insertion or a
 * slice reaches the parser instead of stopping at the decoder (invalidUtf8, flip and truncate
 * cut characters on purpose).
 */
function boundary(input: Buffer, rng: Rng): number {
  let at = int(rng, input.length + 1);
  while (at < input.length && (input[at]! & 0xc0) === 0x80) at++;
  return at;
}

const splice = (input: Buffer, at: number, remove: number, insert: Buffer): Buffer =>
  Buffer.concat([input.subarray(0, at), insert, input.subarray(at + remove)]);

/** The opening tags (`<name` …`>`, no end or declaration) of an XML-like text, as byte ranges. */
function openingTags(input: Buffer): Buffer[] {
  const text = input.toString('latin1'); // one character per byte: offsets stay byte offsets
  return [...text.matchAll(/<[A-Za-z][^<>]{0,200}>/g)].filter((m) => !m[0].endsWith('/>')).map((m) => input.subarray(m.index, m.index + m[0].length));
}

export const MUTATORS: Record<string, Mutator> = {
  /** The file cut off at a random point (an interrupted download or export). */
  truncate: (input, rng) => input.subarray(0, int(rng, input.length + 1)),
  /** One to eight bytes XORed with a random value. */
  flip: (input, rng) => {
    const out = Buffer.from(input);
    if (out.length === 0) return out;
    for (let i = 1 + int(rng, 8); i > 0; i--) out[int(rng, out.length)]! ^= 1 + int(rng, 255);
    return out;
  },
  /** A random slice taken out: in XML, tags lose their partners. */
  deleteSlice: (input, rng) => {
    const at = boundary(input, rng);
    let end = at + int(rng, Math.min(input.length - at, 400) + 1);
    while (end < input.length && (input[end]! & 0xc0) === 0x80) end++;
    return splice(input, at, end - at, Buffer.alloc(0));
  },
  /** A random slice repeated in place: in XML, tags are doubled. */
  duplicateSlice: (input, rng) => {
    const at = boundary(input, rng);
    let end = at + 1 + int(rng, 400);
    while (end < input.length && (input[end]! & 0xc0) === 0x80) end++;
    const slice = input.subarray(at, end);
    return splice(input, at, 0, Buffer.concat(Array.from({ length: 1 + int(rng, 3) }, () => slice)));
  },
  /** NUL bytes somewhere. */
  nul: (input, rng) => splice(input, boundary(input, rng), 0, Buffer.alloc(1 + int(rng, 4))),
  /** Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong form, a surrogate. */
  invalidUtf8: (input, rng) => {
    const bad = [[0x80], [0xc3], [0xe5, 0x9b], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff, 0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80]];
    return splice(input, int(rng, input.length + 1), 0, Buffer.from(bad[int(rng, bad.length)]!));
  },
  /** An opening tag of the file repeated hundreds to thousands of times in place (or `<a>` if none). */
  deepNesting: (input, rng) => {
    const tags = openingTags(input);
    const tag = tags.length ? tags[int(rng, tags.length)]! : Buffer.from('<a>');
    const at = tags.length ? tag.byteOffset - input.byteOffset : boundary(input, rng);
    return splice(input, at, 0, Buffer.concat(Array.from({ length: 100 + int(rng, 5000) }, () => tag)));
  },
  /** A 200 KB run of one letter, or of a CJK character, or of a word with spaces, somewhere. */
  hugeField: (input, rng) => {
    const unit = ['a', '中', 'pilot platform ', 'x;', '\\'][int(rng, 5)]!;
    const run = Buffer.from(unit.repeat(Math.ceil(200_000 / Buffer.byteLength(unit))));
    // inside a value: after a quote, a '>' or a space if one is found near the point chosen
    let at = boundary(input, rng);
    const after = input.subarray(at).findIndex((b) => b === 0x22 || b === 0x3e || b === 0x20);
    if (after >= 0 && after < 200) at += after + 1;
    return splice(input, at, 0, run);
  },
  /** Control characters and terminal escape sequences (OSC 52, CSI 2J, C1 CSI, RTL override). */
  controls: (input, rng) => {
    const seqs = ['\u001b]52;c;cm0gLXJmIH4K\u0007', '\u001b[2J', '\u001b]0;owned\u0007', '\u009b2J', '\u202e', '\u0008\u0007\u000b\u000c', '\r', '\u007f', '\ufeff', '\ufffe'];
    let out = input;
    for (let i = 1 + int(rng, 3); i > 0; i--) out = splice(out, boundary(out, rng), 0, Buffer.from(seqs[int(rng, seqs.length)]!));
    return out;
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** The mutant of `input` for `seed`: one to three mutations, chosen and placed by the seed. */
export function mutate(input: Buffer, seed: number, names: readonly string[] = MUTATOR_NAMES): { bytes: Buffer; applied: string[] } {
  const rng = mulberry32(seed);
  const applied: string[] = [];
  let bytes = input;
  for (let i = 1 + (rng() < 0.25 ? 1 : 0) + (rng() < 0.1 ? 1 : 0); i > 0; i--) {
    const name = names[int(rng, names.length)]!;
    applied.push(name);
    bytes = MUTATORS[name]!(bytes, rng);
  }
  return { bytes, applied };
}
