/**
 * The public theming tokens. Every `--metodika-*` property the styles read is listed here with
 * what it does; a test checks that the list and the styles agree.
 */
export const TOKENS = {
  '--metodika-accent':
    'Links, selected and primary controls, today (default: a blue with ≥ 4.5:1 on white).',
  '--metodika-accent-contrast': 'Text on accent backgrounds (default: white).',
  '--metodika-surface':
    "Background of the widget and its dialogs (default: Canvas, white or dark by the page's color-scheme).",
  '--metodika-surface-alt':
    'Background of secondary areas: days outside the month, chips (default: 6% text over surface).',
  '--metodika-text': 'Text colour (default: CanvasText).',
  '--metodika-text-muted': 'Secondary text (default: 72% text over surface, ≥ 4.5:1).',
  '--metodika-border': 'Borders and separators (default: 55% of the text colour, ≥ 3:1).',
  '--metodika-danger': 'Errors and cancelled events (always with text, never colour alone).',
  '--metodika-radius': 'Corner radius (default: 0.375em).',
  '--metodika-space': 'Base spacing unit (default: 0.5em).',
  '--metodika-focus': 'Focus ring colour (default: the accent).',
} as const;
