/** Conversations: their lifecycle (bot, hand-off to a human, closed), their transcript, and the chat turn. */
@NullMarked
package io.switchboard.platform.conversations;

import org.jspecify.annotations.NullMarked;
