namespace BriefingBot.Core.Chat;

/// <summary>
/// The core's answer to an edited question: replace the bot's earlier reply, sent as <paramref name="MessageIds"/> (in
/// order), with <paramref name="Reply"/>. Adapters edit those messages in place, one rendered message each; a reply that
/// now needs fewer messages deletes the rest, one that needs more posts them after (as replies to the question).
/// </summary>
public sealed record ReplyReplacement(ChatReply Reply, IReadOnlyList<string> MessageIds);
