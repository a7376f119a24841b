// UTF-16 code units as typed arrays: what the automaton and the script conversion work on.

/** The UTF-16 code units of a string (a long one copied natively). */
export function toUnits(text: string): Uint16Array {
  if (text.length > 1024) {
    const bytes = Buffer.allocUnsafeSlow(2 * text.length);
    bytes.write(text, 'utf16le');
    return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

const utf16 = new TextDecoder('utf-16le');
/** The string of UTF-16 code units. */
export function fromUnits(units: Uint16Array): string {
  // a segment is short: fromCharCode beats setting up a decode for it
  return units.length <= 4096 ? String.fromCharCode.apply(null, units as unknown as number[]) : utf16.decode(units);
}
