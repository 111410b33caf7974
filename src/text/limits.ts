// Sizes duban refuses past, in one place so the CLI, the import command and both adapters agree.

/**
 * Longest message read as a question or a progress reply, on every path (free text, `/duban ask`,
 * `/duban report`, the console): one limit, so a 3,000-character question gets the same answer
 * wherever it is typed (issue 13). Discord's own message limit is 2,000.
 */
export const MAX_MESSAGE_CHARS = 2000;

/** Largest plan file read (a .docx/.pdf/.txt plan is well under 1 MB; issue 6 "Bad input"). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Bytes as megabytes for a message: `12.3` (whole megabytes from the limit up: `10`). */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes >= MAX_FILE_BYTES ? 0 : 1);
}

/**
 * Slack's message limits. Documented (docs.slack.dev/reference/block-kit/blocks and
 * …/blocks/section-block, …/blocks/header-block, …/blocks/context-block; docs.slack.dev/messaging):
 * 50 blocks a message, 3,000 characters a section text, 10 fields a section of 2,000 each, 150 a
 * header, 10 elements a context block, 40,000 characters of top-level `text` (longer is truncated),
 * 24 a modal title, 2,000 a label. Not documented: Slack refuses a message whose block text passes
 * about 13,000 characters in all with `msg_blocks_too_long` (slackapi/bolt-js#2509: 13,297 with
 * markdown blocks, 13,172 once a divider is added); 12,000 keeps a margin.
 */
export const SLACK_LIMITS = {
  blocks: 50, sectionText: 3000, sectionFields: 10, fieldText: 2000, header: 150, contextElements: 10, text: 40000,
  blockTextTotal: 12000, modalTitle: 24, label: 2000,
} as const;

/**
 * Discord's message limits (discord.com/developers/docs/resources/message): 2,000 characters of
 * content; embeds: 10 a message, 6,000 characters in all, title 256, description 4,096, 25 fields
 * (name 256, value 1,024), footer 2,048; 100 users in allowed_mentions.users; modal title and labels 45, placeholders 100, 5 text inputs.
 */
export const DISCORD_LIMITS = {
  content: 2000, embeds: 10, embedTotal: 6000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024,
  footer: 2048, modalTitle: 45, label: 45, placeholder: 100, modalInputs: 5, mentionedUsers: 100,
} as const;
