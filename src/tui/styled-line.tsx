// Renders a line of toned segments: the one place where tones become colours. Every tone that
// matters also shows without colour (a ✗, the ▸ marker, brackets), so NO_COLOR stays readable.
import { Text, type TextProps } from 'ink';
import type { Line, Tone } from './segments.js';

const TONES: Record<Tone, TextProps> = {
  plain: {},
  dim: { dimColor: true },
  bold: { bold: true },
  match: { color: 'yellow', bold: true, underline: true },
  zh: { bold: true },
  pinyin: { color: 'cyan' },
  en: { color: 'green' },
  avoid: { color: 'red' },
  label: { dimColor: true },
  warn: { color: 'yellow' },
  ok: { color: 'green' },
  key: { color: 'cyan', bold: true },
  term: { color: 'cyan', underline: true },
  current: { color: 'black', backgroundColor: 'yellow' },
};

export interface StyledLineProps {
  line: Line;
  /** Shown in reverse video (the selected row). */
  inverse?: boolean;
}

export function StyledLine({ line, inverse = false }: StyledLineProps) {
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      {line.length === 0 ? ' ' : line.map((s, i) => (
        <Text key={i} {...TONES[s.tone]}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
