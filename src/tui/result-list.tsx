// The list of matches: one formatted line per visible row, the selected one in reverse video.
import { Box, Text } from 'ink';
import { visibleLine } from '../text/terminal.js';
import type { Line } from './segments.js';
import { StyledLine } from './styled-line.js';

export interface ResultListProps {
  lines: Line[];
  /** Index into `lines` of the selected row, or -1. */
  selectedLine: number;
  width: number;
  height: number;
  /** Shown when there are no rows. */
  empty: string;
}

export function ResultList({ lines, selectedLine, width, height, empty }: ResultListProps) {
  if (lines.length === 0) {
    return (
      <Box width={width} height={height} flexDirection="column" paddingLeft={2}>
        <Text dimColor wrap="wrap">
          {visibleLine(empty)}
        </Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={height} flexDirection="column" overflow="hidden">
      {lines.map((line, i) => (
        <StyledLine key={i} line={line} inverse={i === selectedLine} />
      ))}
    </Box>
  );
}
