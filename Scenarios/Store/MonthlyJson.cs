using System.Globalization;
using System.Text;

namespace Planner.Scenarios.Store;

/// <summary>A monthly series as a JSON array of round-trip numbers (null where there is no value); exact both ways.</summary>
public static class MonthlyJson
{
    public static string Write(IReadOnlyList<double[]> rows, int column)
    {
        var text = new StringBuilder(rows.Count * 12).Append('[');
        for (var m = 0; m < rows.Count; m++)
        {
            if (m > 0)
                text.Append(',');
            var v = rows[m][column];
            if (double.IsFinite(v))
                text.Append(v.ToString("R", CultureInfo.InvariantCulture));
            else
                text.Append("null");
        }
        return text.Append(']').ToString();
    }

    public static double[] Read(string json)
    {
        var inner = json.AsSpan().Trim();
        if (inner.Length < 2 || inner[0] != '[' || inner[^1] != ']')
            throw new FormatException("A monthly series must be a JSON array.");
        inner = inner[1..^1];
        if (inner.Trim().Length == 0)
            return [];
        var values = new List<double>();
        foreach (var range in inner.Split(','))
        {
            var cell = inner[range].Trim();
            values.Add(cell.SequenceEqual("null") ? double.NaN : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        return values.ToArray();
    }
}
