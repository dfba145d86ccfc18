/**
 * Block Kit limits (docs.slack.dev, Block Kit reference). Payloads over them are refused whole by
 * Slack with `invalid_blocks`, so renderers cut to them and say so instead.
 */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  contextText: 3000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputMaxLength: 3000,
  placeholder: 150,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  fallbackText: 3000,
} as const;
