// The top line: the prompt and the query on the left; the domain filter and the count on the right.
import { Box, Text } from 'ink';
import type { SearchLineView } from './format-search-line.js';
import { StyledLine } from './styled-line.js';
import { widthOf } from './text-width.js';

export interface SearchBarProps {
  prompt: string;
  search: SearchLineView;
  /** Right-hand side, such as "innovation-policy · 12 of 214". */
  status: string;
  width: number;
}

export function SearchBar({ prompt, search, status, width }: SearchBarProps) {
  const right = ` ${status}`;
  return (
    <Box width={width} height={1}>
      <Box width={Math.max(1, width - widthOf(right))} flexShrink={0}>
        <Text color="cyan" bold>
          {prompt}
        </Text>
        <StyledLine line={search.line} />
      </Box>
      <Text bold wrap="truncate-end">
        {right}
      </Text>
    </Box>
  );
}
