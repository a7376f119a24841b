// The bottom line: a message when there is one (copied …), else the keys of the current view.
import { Text } from 'ink';
import { visibleLine } from '../text/terminal.js';
import type { Line } from './segments.js';
import { StyledLine } from './styled-line.js';

export interface StatusLineProps {
  hints: Line;
  message?: string;
}

export function StatusLine({ hints, message }: StatusLineProps) {
  if (message) {
    return (
      <Text color="green" bold wrap="truncate-end">
        {visibleLine(message)}
      </Text>
    );
  }
  return <StyledLine line={hints} />;
}
