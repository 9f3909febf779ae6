using System.Text;

namespace Planner.Scenarios.Files;

/// <summary>One cell of a CSV file with where it stands, so a message can name line and column.</summary>
public sealed record CsvCell(string Text, int Line, int Column);

/// <summary>
/// Reads RFC 4180 text (quoted cells, doubled quotes, line breaks inside quotes) with a chosen separator:
/// ',' for files Planner writes, ';' for the Swedish Excel exports whose decimal separator is the comma.
/// A quote left open is an error with the line it opened on, never a silently merged row.
/// </summary>
public static class CsvText
{
    public static IReadOnlyList<IReadOnlyList<CsvCell>> Parse(string text, char separator, out string? error)
    {
        error = null;
        var rows = new List<IReadOnlyList<CsvCell>>();
        var row = new List<CsvCell>();
        var cell = new StringBuilder();
        int line = 1, column = 1, cellLine = 1, cellColumn = 1;
        var quoted = false;
        var any = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndCell()
        {
            row.Add(new CsvCell(cell.ToString(), cellLine, cellColumn));
            cell.Clear();
            cellLine = line;
            cellColumn = column;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                        column += 2;
                        continue;
                    }
                    quoted = false;
                    column++;
                    continue;
                }
                cell.Append(c);
                if (c == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
                continue;
            }
            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                any = true;
                column++;
                continue;
            }
            if (c == separator)
            {
                column++;
                EndCell();
                any = true;
                continue;
            }
            if (c == '\r')
                continue;
            if (c == '\n')
            {
                if (any || cell.Length > 0 || row.Count > 0)
                {
                    EndCell();
                    rows.Add(row);
                }
                row = [];
                any = false;
                line++;
                column = 1;
                cellLine = line;
                cellColumn = 1;
                continue;
            }
            cell.Append(c);
            any = true;
            column++;
        }
        if (quoted)
        {
            error = $"line {cellLine}: a quoted cell opened at column {cellColumn} is never closed; expected a closing \"";
            return [];
        }
        if (any || cell.Length > 0 || row.Count > 0)
        {
            EndCell();
            rows.Add(row);
        }
        return rows;
    }
}
