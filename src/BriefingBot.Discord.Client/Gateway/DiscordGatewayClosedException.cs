namespace BriefingBot.Discord.Client.Gateway;

/// <summary>
/// Thrown by <see cref="DiscordGatewayClient.RunAsync"/> when Discord closes the gateway with a code
/// that reconnecting cannot fix (4004, 4010–4014). The client has stopped.
/// </summary>
public sealed class DiscordGatewayClosedException : Exception
{
    public DiscordGatewayClosedException(int closeCode, string? closeReason)
        : base($"Discord closed the gateway with fatal code {closeCode}: {GatewayCloseCodes.Describe(closeCode)}. " +
               $"Server reason: '{closeReason}'. The client has stopped and will not reconnect.")
    {
        CloseCode = closeCode;
        CloseReason = closeReason;
    }

    public int CloseCode { get; }

    public string? CloseReason { get; }
}
