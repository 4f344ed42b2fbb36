namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for when someone took office when no passage shown tells of their taking it
/// (<see cref="DeclineReason.TimeNotOfEvent"/>).
/// </summary>
/// <remarks>
/// Asked when someone was appointed or elected («متى عُيّن أبو بكر منصور وزيرًا للزراعة؟»، «متى انتخب … رئيسًا للجامعة؟»),
/// a time answers where a passage tells the appointment, the election or the taking of office («عُيّن في مارس»، «منذ
/// توليه منصبه عام 2019»). News quotes an official by the office he holds («وقال وزير الزراعة والغابات، أبو بكر منصور، …»)
/// and dates what he said, not when he came to it: such a passage names the office and a time, and tells neither.
/// </remarks>
internal sealed class TakingOfficeCheck() : EventToldCheck(FactWords.TakingOfficeVerbs, FactWords.TakingOffice, DeclineReason.TimeNotOfEvent);
