using System.Text;

namespace Planner.Scenarios.Store;

/// <summary>Minimal RFC 4180 writing with "\n" line ends, so files are identical on every operating system.</summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
                _text.Append(',');
            first = false;
            _text.Append(Escape(cell));
        }
        _text.Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
