// The terminal UI: a search line, the list of matches, the selected entry's details.
// State and effects live in useTui; this file only arranges what it returns.
import { Box, Text } from 'ink';
import type { TermIndex } from '../index/term-index.js';
import { DetailPane } from './detail-pane.js';
import { HelpView } from './help-view.js';
import { ResultList } from './result-list.js';
import { Rule } from './rule.js';
import { SearchBar } from './search-bar.js';
import { keyHints, seg } from './segments.js';
import { StatusLine } from './status-line.js';
import { StyledLine } from './styled-line.js';
import { PROMPT, useTui, type TuiOptions, type TuiView } from './use-tui.js';

export interface AppProps extends TuiOptions {
  index: TermIndex;
}

export function App({ index, ...options }: AppProps) {
  const view = useTui(index, options);
  const { layout, state } = view;
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height} overflow="hidden">
      {state.view === 'list' ? <ListScreen view={view} /> : state.view === 'detail' ? <DetailScreen view={view} /> : <HelpScreen view={view} />}
    </Box>
  );
}

const LIST_KEYS = [
  ['↑↓', 'move'],
  ['Enter', 'details'],
  ['Tab', 'domain'],
  ['Ctrl-Y', 'copy'],
  ['?', 'keys'],
  ['Ctrl-C', 'quit'],
] as const;

const DETAIL_KEYS = [
  ['↑↓', 'scroll'],
  ['←→', 'prev/next'],
  ['y', 'copy'],
  ['Esc', 'back'],
  ['?', 'keys'],
  ['q', 'quit'],
] as const;

function ListScreen({ view }: { view: TuiView }) {
  const { layout } = view;
  return (
    <>
      <SearchBar prompt={PROMPT} search={view.search} status={view.countLabel} width={layout.columns} />
      {layout.textHeight > 0 ? (
        <Box flexDirection="column" height={layout.textHeight} paddingLeft={2}>
          <Rule width={layout.columns - 2} label="pasted text (terms underlined, the selected one highlighted)" />
          {view.textLines.map((line, i) => (
            <StyledLine key={i} line={line} />
          ))}
        </Box>
      ) : null}
      <Rule width={layout.columns} label={view.listLabel} />
      <Box height={layout.listHeight} flexDirection="row">
        <ResultList lines={view.listLines} selectedLine={view.selectedLine} width={layout.listWidth} height={layout.listHeight} empty={view.emptyLabel} />
        {layout.hasSidePane ? (
          <>
            <Box width={3} height={layout.listHeight} flexDirection="column" flexShrink={0}>
              {Array.from({ length: layout.listHeight }, (_, i) => (
                <Text key={i} dimColor>
                  {' │ '}
                </Text>
              ))}
            </Box>
            <DetailPane lines={view.detail} scroll={0} width={layout.paneWidth} height={layout.listHeight} more="… Enter shows everything" />
          </>
        ) : null}
      </Box>
      {layout.previewHeight > 0 ? (
        <Box flexDirection="column" height={layout.previewHeight}>
          <Rule width={layout.columns} />
          <Box paddingLeft={2}>
            <DetailPane lines={view.detail} scroll={0} width={layout.columns - 2} height={layout.previewHeight - 1} more="… Enter shows everything" />
          </Box>
        </Box>
      ) : null}
      <StatusLine hints={keyHints(LIST_KEYS)} {...(view.flash ? { message: view.flash } : {})} />
    </>
  );
}

function DetailScreen({ view }: { view: TuiView }) {
  const { layout, state, detail, selectedEntry } = view;
  const last = Math.min(detail.length, state.detailScroll + layout.pageHeight);
  const where = detail.length > layout.pageHeight ? `lines ${state.detailScroll + 1}–${last} of ${detail.length} · ` : '';
  return (
    <>
      <Box width={layout.columns} height={1}>
        <Box flexGrow={1}>
          <StyledLine line={[seg('Details', 'bold'), seg(selectedEntry ? ` · ${selectedEntry.zh}` : '', 'dim')]} />
        </Box>
        <Text bold>{` ${where}${state.selected + 1} of ${view.result.rows.length}`}</Text>
      </Box>
      <Rule width={layout.columns} />
      <Box paddingLeft={1} height={layout.pageHeight}>
        <DetailPane lines={detail} scroll={state.detailScroll} width={layout.columns - 2} height={layout.pageHeight} />
      </Box>
      <StatusLine hints={keyHints(DETAIL_KEYS)} {...(view.flash ? { message: view.flash } : {})} />
    </>
  );
}

function HelpScreen({ view }: { view: TuiView }) {
  const { layout } = view;
  return (
    <>
      <Text bold>Keys</Text>
      <Rule width={layout.columns} />
      <HelpView width={layout.columns - 1} height={layout.pageHeight} />
      <StatusLine hints={keyHints([['any key', 'back'], ['q', 'quit']])} />
    </>
  );
}
