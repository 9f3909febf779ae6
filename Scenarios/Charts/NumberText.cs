using System.Globalization;

namespace Planner.Scenarios.Charts;

/// <summary>
/// Numbers as people read them: Swedish "1 234,5" (a no-break space between thousands, a decimal comma, a true
/// minus sign) or English "1,234.5". Built by hand because the program runs with invariant globalisation, where
/// the sv-SE culture's data is not available; files never use this (they stay invariant).
/// </summary>
public sealed class NumberText
{
    private readonly NumberFormatInfo format;

    public NumberText(Language language)
    {
        Language = language;
        format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        if (language == Language.Swedish)
        {
            format.NumberDecimalSeparator = ",";
            format.NumberGroupSeparator = "\u00A0";
            format.NegativeSign = "\u2212";
        }
        else
        {
            format.NumberDecimalSeparator = ".";
            format.NumberGroupSeparator = ",";
            format.NegativeSign = "\u2212";
        }
    }

    public Language Language { get; }

    /// <summary>A number with a fixed number of decimals and grouped thousands; a dash where there is no value.</summary>
    public string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("N" + decimals, format) : "–";

    /// <summary>A number with a sign always shown (for differences): "+1,5", "−0,3".</summary>
    public string Signed(double value, int decimals) =>
        !double.IsFinite(value) ? "–" : (value > 0 ? "+" : "") + Fixed(value, decimals);

    /// <summary>A number with as many decimals as its size calls for: 1 234, 56,7, 0,38.</summary>
    public string Auto(double value) => Fixed(value, DecimalsFor(value));

    /// <summary>Decimals that keep about three significant figures for values of this size.</summary>
    public static int DecimalsFor(double magnitude)
    {
        var m = Math.Abs(magnitude);
        return !double.IsFinite(m) ? 2 : m >= 100 ? 0 : m >= 10 ? 1 : m >= 1 ? 2 : m == 0 ? 0 : 3;
    }

    /// <summary>An interval "55,3 – 56,6" (spaced en dash, so a negative end stays readable), both ends with the same decimals.</summary>
    public string Interval(double low, double high, int decimals) =>
        double.IsFinite(low) && double.IsFinite(high) ? $"{Fixed(low, decimals)} \u2013 {Fixed(high, decimals)}" : "–";
}
