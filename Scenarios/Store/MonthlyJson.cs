using System.Globalization;
using System.Text;

namespace Planner.Scenarios.Store;

/// <summary>A monthly series as a JSON array of round-trip numbers (null where there is no value); exact both ways.</summary>
public static class MonthlyJson
{
    /// <summary>Every column of a monthly series, each as its array; one text buffer serves them all.</summary>
    public static string[] WriteColumns(IReadOnlyList<double[]> rows, int columns)
    {
        var text = new StringBuilder(rows.Count * 12);
        var arrays = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            text.Clear().Append('[');
            for (var m = 0; m < rows.Count; m++)
            {
                if (m > 0)
                    text.Append(',');
                Append(text, rows[m][c]);
            }
            arrays[c] = text.Append(']').ToString();
        }
        return arrays;
    }

    /// <summary>
    /// Appends v as v.ToString("R", InvariantCulture) does, formatted straight into the buffer. Counts (households,
    /// decisions, hires) are whole numbers and take the integer path, several times faster than the shortest
    /// round-trip search; below 10^15 their text is the same ("R" writes an exponent only from 1E+17 on), and −0 keeps its sign.
    /// </summary>
    private static void Append(StringBuilder text, double v)
    {
        const double exponentFrom = 1e15;
        if (!double.IsFinite(v))
            text.Append("null");
        else if (Math.Abs(v) < exponentFrom && v == Math.Truncate(v) && !(v == 0 && double.IsNegative(v)))
            text.Append(CultureInfo.InvariantCulture, $"{(long)v}");
        else
            text.Append(CultureInfo.InvariantCulture, $"{v:R}");
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
