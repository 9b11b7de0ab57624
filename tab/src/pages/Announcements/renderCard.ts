/**
 * Renders Adaptive Card JSON into DOM with Microsoft's `adaptivecards` renderer and `markdown-it`
 * for the TextBlocks' markdown, styled like a Teams message. Loaded lazily (dynamic import) by the
 * preview only: both libraries stay out of the tab's first load.
 *
 * Markdown: raw HTML is escaped (`html: false`), and markdown-it refuses `javascript:` and similar
 * link targets; links open in a new window. The host config takes its colours and font from Fluent
 * tokens (CSS variables), so the card follows the light, dark and high-contrast themes.
 */
import { AdaptiveCard, HostConfig, OpenUrlAction, type Action } from 'adaptivecards';
import MarkdownIt from 'markdown-it';
import { tokens } from '@fluentui/react-components';
import { CARD_MARKDOWN_OPTIONS } from '../../../../bot/src/api/card-markdown';

const markdown = new MarkdownIt(CARD_MARKDOWN_OPTIONS);
const renderLinkOpen = markdown.renderer.rules.link_open ?? ((list, idx, options, _env, self) => self.renderToken(list, idx, options));
markdown.renderer.rules.link_open = (list, idx, options, env, self) => {
  list[idx].attrSet('target', '_blank');
  list[idx].attrSet('rel', 'noopener noreferrer');
  return renderLinkOpen(list, idx, options, env, self);
};

AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

const colour = (main: string, subtle: string) => ({ default: main, subtle });

/** Teams' look (sizes, spacing) with the tab's theme colours. */
const hostConfig = new HostConfig({
  fontFamily: tokens.fontFamilyBase,
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
  fontTypes: {
    default: {
      fontFamily: tokens.fontFamilyBase,
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: tokens.fontFamilyMonospace,
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
  },
  lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: tokens.colorNeutralBackground1,
      foregroundColors: {
        default: colour(tokens.colorNeutralForeground1, tokens.colorNeutralForeground3),
        dark: colour(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
        light: colour(tokens.colorNeutralForeground3, tokens.colorNeutralForeground4),
        accent: colour(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
        good: colour(tokens.colorPaletteGreenForeground1, tokens.colorPaletteGreenForeground2),
        warning: colour(tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteDarkOrangeForeground2),
        attention: colour(tokens.colorPaletteRedForeground1, tokens.colorPaletteRedForeground2),
      },
    },
    emphasis: {
      backgroundColor: tokens.colorNeutralBackground3,
      foregroundColors: {
        default: colour(tokens.colorNeutralForeground1, tokens.colorNeutralForeground3),
      },
    },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    allowTitleToWrap: true,
    showCard: { actionMode: 'inline', inlineTopMargin: 16 },
  },
  textStyles: {
    heading: { size: 'large', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
  },
});

/**
 * The card as DOM, or `undefined` when the JSON is no card. Link buttons open their URL in a new
 * window; the acknowledgement button does nothing here (it only counts in Teams).
 */
export function renderCard(json: unknown): HTMLElement | undefined {
  const card = new AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action: Action) => {
    if (action instanceof OpenUrlAction && action.url) window.open(action.url, '_blank', 'noopener,noreferrer');
  };
  card.parse(json);
  return card.render() ?? undefined;
}
