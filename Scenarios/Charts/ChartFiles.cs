using System.Text;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Charts;

public enum ChartFormat
{
    Svg,
    Png,
}

/// <summary>Charts as files in &lt;results&gt;/charts/, written atomically: the folder is replaced as a whole, never half-written.</summary>
public static class ChartFiles
{
    public const string Folder = "charts";

    /// <summary>Writes every chart as NAME.svg or NAME.png; returns the folder and the file names in chart order.</summary>
    public static (string Folder, IReadOnlyList<string> Files) Write(string resultsFolder, IReadOnlyList<Chart> charts, ChartFormat format)
    {
        var folder = Path.Combine(resultsFolder, Folder);
        var files = charts.Select(c => c.Id + (format == ChartFormat.Png ? ".png" : ".svg")).ToList();
        AtomicDirectory.Write(folder, temporary =>
        {
            for (int i = 0; i < charts.Count; i++)
            {
                var path = Path.Combine(temporary, files[i]);
                if (format == ChartFormat.Png)
                    File.WriteAllBytes(path, ChartExport.Png(charts[i]));
                else
                    File.WriteAllText(path, ChartExport.Svg(charts[i]), new UTF8Encoding(false));
            }
        });
        return (folder, files);
    }
}
