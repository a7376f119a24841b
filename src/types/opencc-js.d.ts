// opencc-js ships its dictionaries as ESM modules without type declarations:
// each default-exports a serialised "source replacement|source replacement" string.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/cn2t' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
