namespace BriefingBot.Discord.Client.Gateway;

/// <summary>A gateway connection ended: the close code when Discord sent one, and whether the client gives up.</summary>
public sealed class GatewayConnectionLostEventArgs(int? closeCode, bool fatal) : EventArgs
{
    public int? CloseCode { get; } = closeCode;

    public bool Fatal { get; } = fatal;
}
