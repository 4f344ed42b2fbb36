using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Configuration;

/// <summary>
/// Checks a settings object against the data annotations on its properties (and <see cref="IValidatableObject"/> for
/// rules across properties), naming each failure by its configuration key («Answering:Top must be at least 1 (it is
/// 0).»), so whoever set it knows what to fix. Properties marked <see cref="ValidateObjectMembersAttribute"/> are checked
/// the same way under their own key. Values are quoted for numbers and durations only: a string may be a secret.
/// </summary>
public sealed class ConfigurationKeyValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(object settings, string prefix, List<string> failures)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var key = prefix + ":" + property.Name;
            var value = property.GetValue(settings);
            var context = new ValidationContext(settings) { MemberName = property.Name, DisplayName = key };
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                if (rule.GetValidationResult(value, context) is { } failure)
                {
                    failures.Add(WithValue(failure.ErrorMessage ?? key + " is not valid.", value));
                }
            }

            if (value is not null && property.IsDefined(typeof(ValidateObjectMembersAttribute)))
            {
                Check(value, key, failures);
            }
        }

        if (settings is IValidatableObject validatable)
        {
            foreach (var failure in validatable.Validate(new ValidationContext(settings)))
            {
                var keys = failure.MemberNames.Select(m => prefix + ":" + m).DefaultIfEmpty(prefix);
                failures.Add($"{string.Join(", ", keys)}: {failure.ErrorMessage}");
            }
        }
    }

    private static string WithValue(string message, object? value)
    {
        if (value is not (int or long or double or float or decimal or TimeSpan or Enum))
        {
            return message;
        }

        var sentence = message.EndsWith('.') ? message[..^1] : message;
        return string.Create(CultureInfo.InvariantCulture, $"{sentence} (it is {value}).");
    }
}
