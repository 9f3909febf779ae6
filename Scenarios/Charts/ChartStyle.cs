using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;

namespace Planner.Scenarios.Charts;

/// <summary>
/// The look every chart shares: the font (set explicitly, so SVG and PNG measure and draw the same glyphs on every
/// machine; DejaVu Sans has å, ä, ö and the minus sign), colours that stay apart for colour-blind readers and in
/// grey print (Okabe–Ito), white background, legend below the plot.
/// </summary>
public static class ChartStyle
{
    public const string Font = "DejaVu Sans";
    public const int Width = 900;
    public const int Height = 520;

    /// <summary>Scenario colours, in scenario order (Okabe–Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow).</summary>
    public static IReadOnlyList<OxyColor> Scenario { get; } =
    [
        OxyColor.FromRgb(0x00, 0x72, 0xB2), OxyColor.FromRgb(0xD5, 0x5E, 0x00), OxyColor.FromRgb(0x00, 0x9E, 0x73),
        OxyColor.FromRgb(0xCC, 0x79, 0xA7), OxyColor.FromRgb(0xE6, 0x9F, 0x00), OxyColor.FromRgb(0x56, 0xB4, 0xE9),
        OxyColor.FromRgb(0xF0, 0xE4, 0x42),
    ];

    /// <summary>Cost component colours, in <see cref="CostComponents.All"/> order, then "other".</summary>
    public static IReadOnlyList<OxyColor> Components { get; } =
    [
        OxyColor.FromRgb(0x00, 0x72, 0xB2), OxyColor.FromRgb(0xE6, 0x9F, 0x00), OxyColor.FromRgb(0xCC, 0x79, 0xA7),
        OxyColor.FromRgb(0x00, 0x9E, 0x73), OxyColor.FromRgb(0x56, 0xB4, 0xE9), OxyColor.FromRgb(0xD5, 0x5E, 0x00),
        OxyColor.FromRgb(0xF0, 0xE4, 0x42), OxyColor.FromRgb(0x99, 0x99, 0x99),
    ];

    public static OxyColor ScenarioColor(int index) => Scenario[index % Scenario.Count];

    public static PlotModel Model(string title, string? subtitle)
    {
        var model = new PlotModel
        {
            Title = title,
            Subtitle = subtitle,
            DefaultFont = Font,
            DefaultFontSize = 13,
            TitleFontSize = 17,
            SubtitleFontSize = 12,
            TitleFontWeight = FontWeights.Bold,
            Background = OxyColors.White,
            PlotAreaBorderColor = OxyColor.FromRgb(0xBB, 0xBB, 0xBB),
            TextColor = OxyColor.FromRgb(0x22, 0x22, 0x22),
            SubtitleColor = OxyColor.FromRgb(0x55, 0x55, 0x55),
            Padding = new OxyThickness(12, 8, 20, 8),
        };
        model.Legends.Add(new Legend
        {
            LegendPosition = LegendPosition.BottomCenter,
            LegendPlacement = LegendPlacement.Outside,
            LegendOrientation = LegendOrientation.Horizontal,
            LegendFont = Font,
            LegendFontSize = 13,
            LegendBorderThickness = 0,
        });
        return model;
    }

    /// <summary>A value axis with its unit in the title and numbers in the reader's language; decimals suit the range.</summary>
    public static LinearAxis ValueAxis(AxisPosition position, string title, string unit, Texts texts, double low, double high)
    {
        var decimals = AxisDecimals(low, high);
        return new LinearAxis
        {
            Position = position,
            Title = unit.Length > 0 ? $"{title} ({unit})" : title,
            TitleFontSize = 13,
            LabelFormatter = v => texts.Numbers.Fixed(v, decimals),
            MajorGridlineStyle = LineStyle.Solid,
            MajorGridlineColor = OxyColor.FromRgb(0xE6, 0xE6, 0xE6),
            MinorTickSize = 0,
            AxisTitleDistance = 8,
        };
    }

    /// <summary>Decimals for axis labels: enough that ticks about a fifth of the range apart read differently.</summary>
    public static int AxisDecimals(double low, double high)
    {
        var range = Math.Abs(high - low);
        if (!double.IsFinite(range) || range == 0)
            range = Math.Max(Math.Abs(high), 1);
        var step = range / 5;
        return Math.Clamp((int)Math.Ceiling(-Math.Log10(step)), 0, 4);
    }

    /// <summary>
    /// A month axis over a run starting at <paramref name="start"/>: labelled with the calendar month and year
    /// ("jan 2027" in Swedish), every 1, 3, 6 or 12 months so that there are at most about 12 labels.
    /// </summary>
    public static LinearAxis MonthAxis(DateOnly start, int months, Texts texts)
    {
        var step = months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        return new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Title = texts["month"],
            TitleFontSize = 13,
            Minimum = 0,
            Maximum = Math.Max(months - 1, 1),
            MajorStep = step,
            MinorStep = step >= 6 ? 1 : step,
            MinorTickSize = step >= 6 ? 2 : 0,
            LabelFormatter = v => MonthLabel(start, (int)Math.Round(v), texts.Language),
            MajorGridlineStyle = LineStyle.Solid,
            MajorGridlineColor = OxyColor.FromRgb(0xEE, 0xEE, 0xEE),
            AxisTitleDistance = 6,
        };
    }

    private static readonly string[] SwedishMonths = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string MonthLabel(DateOnly start, int month, Language language)
    {
        var date = start.AddMonths(month);
        var names = language == Language.English ? EnglishMonths : SwedishMonths;
        return $"{names[date.Month - 1]} {date.Year}";
    }

    /// <summary>A colour with the given opacity (0–255), for bands.</summary>
    public static OxyColor Faded(OxyColor color, byte alpha) => OxyColor.FromAColor(alpha, color);
}
