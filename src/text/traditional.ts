// Simplified → traditional, for display forms and regional targets. OpenCC's S→T phrase
// tables are large (about 0.2 s to load and build), so they load only when asked for.

export type Converter = (text: string) => string;

const cache = new Map<string, Converter>();

/**
 * A simplified → traditional converter for a region: `tw` (Taiwan standard characters, the
 * default), `twp` (with Taiwan phrases: 软件 → 軟體), `hk` (Hong Kong characters), or `t`
 * (OpenCC's generic traditional).
 */
export async function toTraditional(region: 'tw' | 'twp' | 'hk' | 't' = 'tw'): Promise<Converter> {
  let c = cache.get(region);
  if (!c) {
    const { Converter } = await import('opencc-js/cn2t');
    c = Converter({ from: 'cn', to: region });
    cache.set(region, c);
  }
  return c;
}
