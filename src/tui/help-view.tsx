// The keys, shown by `?`.
import { Box, Text } from 'ink';
import { wrapText } from './text-width.js';

/** Every key the TUI knows, as [keys, what they do]. */
export const KEYS: readonly (readonly [string, string])[] = [
  ['typing', 'search by Chinese (either script), pinyin with or without tones, initials (jbgs) or English'],
  ['paste', 'a Chinese sentence or paragraph: the list shows the glossary terms in it, in text order'],
  ['↑ ↓', 'move through the list (Ctrl-P, Ctrl-N too)'],
  ['PgUp PgDn', 'a page up or down'],
  ['Home End', 'first or last entry'],
  ['Enter', 'the details of the selected entry'],
  ['Esc', 'close the details; on the search line, clear the query'],
  ['Ctrl-U', 'clear the query (Ctrl-W the last word; ← → Ctrl-A Ctrl-E move the cursor)'],
  ['Tab', 'cycle the domain filter (Shift-Tab backwards)'],
  ['Ctrl-Y', 'copy the preferred rendering (y in the details) with OSC 52: works over SSH; in tmux it needs `set -g set-clipboard on`'],
  ['← →', 'in the details: previous or next entry (↑ ↓ PgUp PgDn scroll)'],
  ['?', 'this help'],
  ['q', 'quit, in the details and in this help (Ctrl-C quits anywhere)'],
];

export interface HelpViewProps {
  width: number;
  height: number;
}

const KEY_WIDTH = 11;

export function HelpView({ width, height }: HelpViewProps) {
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden" paddingLeft={1}>
      {KEYS.flatMap(([key, what]) =>
        wrapText(what, Math.max(10, width - KEY_WIDTH - 2)).map((text, j) => (
          <Box key={`${key}-${j}`} height={1}>
            <Box width={KEY_WIDTH} flexShrink={0}>
              <Text color="cyan" bold>
                {j === 0 ? key : ''}
              </Text>
            </Box>
            <Text wrap="truncate-end">{text}</Text>
          </Box>
        )),
      )}
    </Box>
  );
}
