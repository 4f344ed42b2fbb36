namespace BriefingBot.Adapters;

/// <summary>
/// Replaces the messages of an earlier answer with the parts of a new one, whatever the platform: each part edits the
/// earlier message in its place, or is posted when there is none (the answer grew) or it is gone; earlier messages the new
/// answer no longer needs are deleted. The platform supplies the three calls; the order is the same everywhere.
/// </summary>
public static class ReplyParts
{
    /// <summary>The ids of the messages that now hold the answer, in order.</summary>
    /// <param name="tryEdit">Edits one earlier message; false when it is gone, so the part is posted instead.</param>
    /// <param name="post">Posts a part as a new message and returns its id.</param>
    /// <param name="delete">Deletes an earlier message the new answer does not need (failures are the platform's to log).</param>
    public static async Task<IReadOnlyList<TId>> ReplaceAsync<TId, TPart>(
        IReadOnlyList<TId> previous,
        IReadOnlyList<TPart> parts,
        Func<TId, TPart, CancellationToken, Task<bool>> tryEdit,
        Func<TPart, CancellationToken, Task<TId>> post,
        Func<TId, CancellationToken, Task> delete,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(tryEdit);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(delete);

        var sent = new List<TId>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i < previous.Count && await tryEdit(previous[i], parts[i], cancellationToken).ConfigureAwait(false))
            {
                sent.Add(previous[i]);
                continue;
            }

            sent.Add(await post(parts[i], cancellationToken).ConfigureAwait(false));
        }

        foreach (var surplus in previous.Skip(parts.Count))
        {
            await delete(surplus, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }
}
