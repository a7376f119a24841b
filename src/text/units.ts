// UTF-16 code units as typed arrays: what the automaton and the script conversion work on.

/** The UTF-16 code units of a string. */
export function toUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
