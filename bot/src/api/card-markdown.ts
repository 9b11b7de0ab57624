/**
 * The markdown-it options of the announcement card's markdown, shared by the tab's card preview
 * (which renders with them) and the server's check of announcement texts (which parses with them),
 * so both read a text the same way. No imports: the tab bundles this file.
 */
export const CARD_MARKDOWN_OPTIONS = { html: false, linkify: false, breaks: true } as const;
