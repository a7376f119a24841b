// The selected entry's details: a window of `height` lines starting at `scroll`.
import { Box, Text } from 'ink';
import type { Line } from './segments.js';
import { StyledLine } from './styled-line.js';

export interface DetailPaneProps {
  lines: Line[];
  scroll: number;
  width: number;
  height: number;
  /** Said on the last line when the details do not fit (the side pane, the preview). */
  more?: string;
}

export function DetailPane({ lines, scroll, width, height, more }: DetailPaneProps) {
  const fits = lines.length - scroll <= height;
  const shown = lines.slice(scroll, scroll + (fits || !more ? height : height - 1));
  return (
    <Box width={width} height={height} flexDirection="column" overflow="hidden">
      {shown.map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
      {!fits && more ? (
        <Text dimColor wrap="truncate-end">
          {more}
        </Text>
      ) : null}
    </Box>
  );
}
