using System.Globalization;

namespace Planner.Viewer.Text;

/// <summary>
/// Numbers for people: Swedish "1 234,5" (no-break space between thousands, decimal comma) or English
/// "1,234.5", with a true minus sign. Built by hand because the build runs with invariant globalization.
/// </summary>
public static class Numbers
{
    private static readonly NumberFormatInfo SwedishFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00a0",
        NegativeSign = "\u2212",
    };

    private static readonly NumberFormatInfo EnglishFormat = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NegativeSign = "\u2212",
    };

    public static NumberFormatInfo For(Language language) => language.English ? EnglishFormat : SwedishFormat;

    /// <summary>A value with a fixed number of decimals; NaN and infinities read as a dash.</summary>
    public static string Format(double value, int decimals, Language language) =>
        double.IsFinite(value) ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), For(language)) : "–";

    /// <summary>Decimals that show about three significant figures of a typical value (a CI half-width or the value itself).</summary>
    public static int DecimalsFor(double scale)
    {
        var magnitude = Math.Abs(scale);
        if (!double.IsFinite(magnitude) || magnitude >= 100) return 0;
        if (magnitude >= 10) return 1;
        if (magnitude >= 1) return 2;
        return 3;
    }

    /// <summary>Mean and its 95 % CI as "12,3 (11,9–12,7)".</summary>
    public static string WithInterval(double mean, double low, double high, Language language)
    {
        var decimals = Decimals(mean, high - low);
        return $"{Format(mean, decimals, language)} ({Format(low, decimals, language)}–{Format(high, decimals, language)})";
    }

    /// <summary>Decimals for a value: about three significant figures, more if the interval would otherwise show as one number.</summary>
    public static int Decimals(double value, double width)
    {
        var decimals = DecimalsFor(value);
        while (decimals < 4 && width > 0 && width < 2 * Math.Pow(10, -decimals))
            decimals++;
        return decimals;
    }

    /// <summary>Signed: "+1,2" or "−1,2".</summary>
    public static string Signed(double value, int decimals, Language language) =>
        double.IsFinite(value) && value > 0 ? "+" + Format(value, decimals, language) : Format(value, decimals, language);

    /// <summary>A value as a person would type it back into a form: no thousands separator, all its digits, "1,0" for a whole number.</summary>
    public static string ForInput(double value, Language language)
    {
        var text = value.ToString(value == Math.Floor(value) ? "0.0" : "0.##########", CultureInfo.InvariantCulture);
        return language.English ? text : text.Replace('.', ',');
    }

    /// <summary>Parses what a person typed in a form: a decimal comma or point, spaces between thousands.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = double.NaN;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var cleaned = text.Trim().Replace("\u00a0", "").Replace(" ", "").Replace("\u2212", "-").Replace(',', '.');
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
