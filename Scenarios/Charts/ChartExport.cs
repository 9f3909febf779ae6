using System.Text.RegularExpressions;
using OxyPlot;
using OxyPlot.SkiaSharp;

namespace Planner.Scenarios.Charts;

/// <summary>
/// Charts to SVG (OxyPlot's own exporter) and PNG (through SkiaSharp). Text in the SVG is laid out with SkiaSharp's
/// measurements of the chart font, so labels fit the same way in both formats.
/// </summary>
public static partial class ChartExport
{
    /// <summary>A standalone SVG file's text.</summary>
    public static string Svg(Chart chart) => Svg(chart, chart.Width, chart.Height);

    public static string Svg(Chart chart, int width, int height)
    {
        using var measurer = new SkiaRenderContext { RenderTarget = RenderTarget.VectorGraphic };
        var exporter = new OxyPlot.SvgExporter { Width = width, Height = height, IsDocument = true, TextMeasurer = measurer };
        return WithFallbackFont(exporter.ExportToString(chart.Model));
    }

    /// <summary>
    /// An &lt;svg&gt; element to place inside an HTML page: no XML prolog, no namespace declarations (HTML does not
    /// need them, and the page then names no web address at all), ids made unique by the chart's id so that many
    /// charts on one page do not share clip paths, scaled to the width of its container, with a title for screen readers.
    /// </summary>
    public static string InlineSvg(Chart chart) => InlineSvg(chart, chart.Width, chart.Height);

    public static string InlineSvg(Chart chart, int width, int height)
    {
        using var measurer = new SkiaRenderContext { RenderTarget = RenderTarget.VectorGraphic };
        var exporter = new OxyPlot.SvgExporter { Width = width, Height = height, IsDocument = false, TextMeasurer = measurer };
        var svg = WithFallbackFont(exporter.ExportToString(chart.Model));
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        svg = Namespaces().Replace(svg, "");
        svg = Ids().Replace(svg, m => $"{m.Groups[1].Value}{chart.Id}-{m.Groups[2].Value}");
        var open = svg.IndexOf('>');
        var title = HtmlText.Escape(chart.Title);
        var head = svg[..open].Replace($"width=\"{width}\" height=\"{height}\"",
            $"viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\"", StringComparison.Ordinal);
        return $"{head} role=\"img\" aria-label=\"{title}\" data-chart=\"{chart.Id}\"><title>{title}</title>{svg[(open + 1)..]}";
    }

    /// <summary>PNG bytes at the given size in pixels.</summary>
    public static byte[] Png(Chart chart) => Png(chart, chart.Width, chart.Height);

    public static byte[] Png(Chart chart, int width, int height)
    {
        using var stream = new MemoryStream();
        new PngExporter { Width = width, Height = height }.Export(chart.Model, stream);
        return stream.ToArray();
    }

    // A reader without DejaVu Sans (a browser on another machine) still gets a sans-serif font; coordinates in
    // points="…" keep one decimal (a tenth of a pixel), which halves a fan chart's size without a visible change.
    private static string WithFallbackFont(string svg) =>
        Points().Replace(
            svg.Replace($"font-family=\"{ChartStyle.Font}\"", $"font-family=\"{ChartStyle.Font}, Verdana, sans-serif\"", StringComparison.Ordinal),
            m => "points=\"" + Decimals().Replace(m.Groups[1].Value, d => d.Groups[1].Value) + "\"");

    [GeneratedRegex(@"points=""([^""]*)""")]
    private static partial Regex Points();

    [GeneratedRegex(@"(\d+\.\d)\d+")]
    private static partial Regex Decimals();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""")]
    private static partial Regex Namespaces();

    // id="clipPath3" and its references url(#clipPath3) / href="#clipPath3".
    [GeneratedRegex(@"(id=""|url\(#|href=""#)(clipPath\d+)")]
    private static partial Regex Ids();
}
