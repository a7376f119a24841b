// A horizontal rule with an optional label: ── sentence mode · terms in text order ─────
import { Text } from 'ink';
import { visibleLine } from '../text/terminal.js';
import { truncate, widthOf } from './text-width.js';

export interface RuleProps {
  width: number;
  label?: string;
}

export function Rule({ width, label }: RuleProps) {
  const text = label ? `── ${truncate(visibleLine(label), Math.max(0, width - 5))} ` : ''; // a domain name comes from a file
  return (
    <Text dimColor wrap="truncate-end">
      {text + '─'.repeat(Math.max(0, width - widthOf(text)))}
    </Text>
  );
}
