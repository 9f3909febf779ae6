using System.CommandLine;
using System.Globalization;

namespace Planner.Scenarios.Cli;

/// <summary>
/// A command's optional numeric options, read in the invariant culture: a missing option gives its default, a value
/// outside what is allowed adds one error line (the command then refuses with all of them, exit 2) and gives the
/// default, so the rest of the command line is still checked.
/// </summary>
internal sealed class OptionValues(ParseResult parse, List<string> errors)
{
    public int Whole(Option<string> option, int fallback, int min, int max)
    {
        if (parse.GetValue(option) is not { } text)
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            return v;
        errors.Add($"error: {option.Name} {text} is not allowed; expected a whole number from {min} to {max}");
        return fallback;
    }

    public double Number(Option<string> option, double fallback, double min, double max, string allowed)
    {
        if (parse.GetValue(option) is not { } text)
            return fallback;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            return v;
        errors.Add($"error: {option.Name} {text} is not allowed; expected {allowed}");
        return fallback;
    }
}
