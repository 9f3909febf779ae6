using System.Net;
using System.Text;

namespace Planner.Viewer.Pages;

/// <summary>Everything that goes into a page from data passes through <see cref="E"/>: names and messages are text, never markup.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A local path to come back to after a POST: only "/…" on this site, never "//host" or a full address.</summary>
    public static string LocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Contains('\n') && !path.Contains('\r')
            ? path
            : "/";

    public static string Table(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, string? cssClass = null)
    {
        var html = new StringBuilder();
        html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
        html.Append("<thead><tr>");
        foreach (var h in header)
            html.Append("<th>").Append(h).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
                html.Append(cell.StartsWith("<td", StringComparison.Ordinal) ? cell : "<td>" + cell + "</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }
}
