// Copying with the OSC 52 escape: the terminal (not the machine shuyu runs on) sets its
// clipboard, so it works over SSH. tmux takes the plain sequence when `set-clipboard on`;
// with `allow-passthrough on` it forwards the wrapped one to the outer terminal as well.

/** The escape sequence(s) that put `text` on the clipboard; `inTmux` adds tmux's passthrough form. */
export function osc52(text: string, { inTmux = false }: { inTmux?: boolean } = {}): string {
  const payload = Buffer.from(text, 'utf8').toString('base64');
  const plain = `\x1b]52;c;${payload}\x07`;
  if (!inTmux) return plain;
  // DCS passthrough: every ESC inside is doubled (tmux(1), allow-passthrough)
  return `${plain}\x1bPtmux;${plain.replaceAll('\x1b', '\x1b\x1b')}\x1b\\`;
}
