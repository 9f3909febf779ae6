using System.Globalization;

namespace Planner.Scenarios.Files;

/// <summary>
/// Checks that text is JSON exactly as RFC 8259 writes it, before any parser reads it: Newtonsoft's reader accepts
/// much that is not JSON and misreads some of it without a word (<c>010</c> as 8, <c>0x14</c> as 20, comments,
/// unquoted keys, trailing commas, <c>.5</c>, NaN). No exception is kept: what is not JSON is an error naming its
/// line, column and JSON path. Also refuses a key given twice in one object and nesting deeper than
/// <see cref="MaxDepth"/>. Iterative, so hostile nesting cannot overflow the stack.
/// </summary>
public sealed class StrictJson
{
    public const int MaxDepth = 64;

    private readonly string text;
    private int at;
    private readonly List<Frame> frames = [];

    private sealed class Frame(bool isObject)
    {
        public bool IsObject { get; } = isObject;
        public int Index { get; set; } = -1;
        public string? Key { get; set; }
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }

    private StrictJson(string text) => this.text = text;

    /// <summary>Null when the text is strict JSON, else the first problem with its place.</summary>
    public static ScenarioError? Check(string file, string text)
    {
        var checker = new StrictJson(text);
        try
        {
            checker.Document();
            return null;
        }
        catch (Problem p)
        {
            var (line, column) = checker.Position(p.At);
            return new ScenarioError(file, p.Path, $"not valid JSON at line {line}, column {column}: {p.Message}", line, column);
        }
    }

    /// <summary>Whether the text is one JSON number as RFC 8259 writes it (for command-line values).</summary>
    public static bool IsNumber(string text)
    {
        var checker = new StrictJson(text);
        try
        {
            checker.Number();
            return checker.at == text.Length;
        }
        catch (Problem)
        {
            return false;
        }
    }

    private sealed class Problem(int at, string? path, string message) : Exception(message)
    {
        public int At { get; } = at;
        public string? Path { get; } = path;
    }

    private void Document()
    {
        Space();
        if (at == text.Length)
            throw Fail("the file holds only white space; expected a JSON object");
        // Values are read in a loop over an explicit stack of open containers.
        Value();
        while (frames.Count > 0)
        {
            var frame = frames[^1];
            Space();
            if (at == text.Length)
                throw Fail($"the file ends inside {(frame.IsObject ? "an object: a } is missing" : "a list: a ] is missing")}");
            var c = text[at];
            if (c == (frame.IsObject ? '}' : ']'))
            {
                at++;
                frames.RemoveAt(frames.Count - 1);
                continue;
            }
            if (c == '/')
                throw Fail("comments (// or /* */) are not allowed in JSON; remove them, or put the note in a \"description\"");
            if (c != ',')
                throw Fail(frame.IsObject
                    ? $"{Shown(c)} where a , or a }} belongs (after a value in an object)"
                    : $"{Shown(c)} where a , or a ] belongs (after an item in a list)");
            var comma = at;
            at++;
            Space();
            if (at < text.Length && text[at] is '}' or ']')
                throw Fail("a comma before the closing bracket (a trailing comma) is not allowed in JSON; remove it", comma);
            if (frame.IsObject)
                Member(frame);
            else
                frame.Index++;
            Value();
        }
        Space();
        if (at < text.Length)
            throw Fail($"{Shown(text[at])} after the end of the JSON value; a file holds one value", at, "$");
    }

    /// <summary>Reads a scalar, or opens a container and reads up to its first value.</summary>
    private void Value()
    {
        while (true)
        {
            Space();
            if (at == text.Length)
                throw Fail("the file ends where a value belongs");
            var c = text[at];
            if (c is '{' or '[')
            {
                if (frames.Count >= MaxDepth)
                    throw Fail($"nesting deeper than {MaxDepth} levels; no Planner file nests that deep");
                var frame = new Frame(c == '{');
                frames.Add(frame);
                at++;
                Space();
                if (at < text.Length && text[at] == (c == '{' ? '}' : ']'))
                {
                    at++;
                    frames.RemoveAt(frames.Count - 1);
                    return;
                }
                if (frame.IsObject)
                    Member(frame);
                else
                    frame.Index = 0;
                continue;
            }
            if (c == '"')
                String();
            else if (c == '-' || char.IsAsciiDigit(c))
                Number();
            else if (c == '.')
                throw Fail("a number must start with a digit: write 0.5, not .5");
            else if (c == '+')
                throw Fail("a number may not start with +; write 5, not +5");
            else if (c == '\'')
                throw Fail("text in single quotes is not JSON; use double quotes");
            else if (c == '/')
                throw Fail("comments (// or /* */) are not allowed in JSON; remove them, or put the note in a \"description\"");
            else if (!Word("true") && !Word("false") && !Word("null"))
                throw Fail(Bare() is { Length: > 0 } word
                    ? word is "NaN" or "Infinity" or "-Infinity" ? $"{word} is not a JSON number; JSON has only finite numbers" : $"{word} is not a JSON value; text needs double quotes: \"{word}\""
                    : $"{Shown(c)} where a value belongs");
            return;
        }
    }

    /// <summary>Reads a key and its colon inside an object.</summary>
    private void Member(Frame frame)
    {
        frame.Key = null;
        Space();
        if (at == text.Length)
            throw Fail("the file ends inside an object: a } is missing");
        if (text[at] != '"')
        {
            if (text[at] == '/')
                throw Fail("comments (// or /* */) are not allowed in JSON; remove them, or put the note in a \"description\"");
            throw Fail(Bare() is { Length: > 0 } word
                ? $"the key {word} is not in double quotes; write \"{word}\""
                : $"{Shown(text[at])} where a key in double quotes belongs");
        }
        var start = at;
        var key = String();
        if (!frame.Keys.Add(key))
        {
            frame.Key = key;
            throw Fail($"the key \"{key}\" is given twice in this object; each key may appear once", start);
        }
        frame.Key = key;
        Space();
        if (at == text.Length || text[at] != ':')
            throw Fail($"a : belongs after the key \"{key}\"");
        at++;
    }

    private string String()
    {
        var start = at;
        at++;
        var value = new System.Text.StringBuilder();
        while (true)
        {
            if (at == text.Length)
                throw Fail("the file ends inside text: a closing \" is missing", start);
            var c = text[at];
            if (c == '"')
            {
                at++;
                return value.ToString();
            }
            if (c < 0x20)
                throw Fail($"a control character (U+{(int)c:X4}) inside text; write it as an escape such as \\n or \\t");
            if (c != '\\')
            {
                value.Append(c);
                at++;
                continue;
            }
            if (at + 1 == text.Length)
                throw Fail("the file ends inside text: a closing \" is missing", start);
            var e = text[at + 1];
            switch (e)
            {
                case '"' or '\\' or '/':
                    value.Append(e);
                    break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (at + 6 > text.Length || !int.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw Fail("\\u must be followed by four hexadecimal digits");
                    value.Append((char)code);
                    at += 4;
                    break;
                default:
                    throw Fail($"\\{Shown(e)} is not a JSON escape; allowed are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
            }
            at += 2;
        }
    }

    private void Number()
    {
        var start = at;
        if (at < text.Length && text[at] == '-')
            at++;
        if (at == text.Length || !char.IsAsciiDigit(text[at]))
            throw Fail(at < text.Length && text[at] == '.' ? "a number must start with a digit: write -0.5, not -.5" : "a - must be followed by a digit", start);
        if (text[at] == '0' && at + 1 < text.Length)
        {
            var next = text[at + 1];
            if (next is 'x' or 'X')
                throw Fail($"{Token(start)} is hexadecimal, which JSON does not have; write the number in decimal", start);
            if (char.IsAsciiDigit(next))
                throw Fail($"{Token(start)} has a leading zero, which JSON does not allow (it is not read as octal either); write {Trimmed(Token(start))}", start);
        }
        while (at < text.Length && char.IsAsciiDigit(text[at]))
            at++;
        if (at < text.Length && text[at] == '.')
        {
            at++;
            if (at == text.Length || !char.IsAsciiDigit(text[at]))
                throw Fail($"{Token(start)}: a decimal point must be followed by a digit (write 5 or 5.0)", start);
            while (at < text.Length && char.IsAsciiDigit(text[at]))
                at++;
        }
        if (at < text.Length && text[at] is 'e' or 'E')
        {
            at++;
            if (at < text.Length && text[at] is '+' or '-')
                at++;
            if (at == text.Length || !char.IsAsciiDigit(text[at]))
                throw Fail($"{Token(start)}: an exponent must have digits (e.g. 1e-3)", start);
            while (at < text.Length && char.IsAsciiDigit(text[at]))
                at++;
        }
        if (at < text.Length && (char.IsAsciiLetter(text[at]) || text[at] == '.' || text[at] == '_'))
            throw Fail($"{Token(start)} is not a JSON number", start);
    }

    private static string Trimmed(string number)
    {
        var negative = number.StartsWith('-');
        var digits = (negative ? number[1..] : number).TrimStart('0');
        if (digits.Length == 0 || digits[0] == '.')
            digits = "0" + digits;
        return (negative ? "-" : "") + digits;
    }

    /// <summary>The run of number-like characters from <paramref name="start"/>, for messages.</summary>
    private string Token(int start)
    {
        var end = start;
        while (end < text.Length && end - start < 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '+' or '_'))
            end++;
        return text[start..end];
    }

    private bool Word(string word)
    {
        if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            return false;
        var end = at + word.Length;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            return false;
        at = end;
        return true;
    }

    /// <summary>A bare word at the current place (an unquoted key or value), for messages.</summary>
    private string Bare()
    {
        var end = at;
        if (end < text.Length && text[end] == '-')
            end++;
        while (end < text.Length && end - at < 40 && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '$'))
            end++;
        return text[at..end];
    }

    private void Space()
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\r')
            at++;
    }

    private Problem Fail(string message, int? where = null, string? path = null) =>
        new(where ?? at, path ?? Path(), message);

    /// <summary>The JSON path of the value being read, as the binder writes it: $.staff.caseworkers[0].count.</summary>
    private string Path()
    {
        var path = "$";
        foreach (var frame in frames)
        {
            if (frame.IsObject && frame.Key is { } key)
                path = RecordBinder.Child(path, key);
            else if (!frame.IsObject && frame.Index >= 0)
                path += $"[{frame.Index}]";
        }
        return path;
    }

    private (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var before = text.AsSpan(0, offset);
        return (1 + before.Count('\n'), offset - before.LastIndexOf('\n'));
    }

    private static string Shown(char c) => c switch
    {
        < ' ' => $"the control character U+{(int)c:X4}",
        '\u00A0' or '\uFEFF' or '\u200B' => $"the invisible character U+{(int)c:X4}",
        _ => $"'{c}'",
    };
}
