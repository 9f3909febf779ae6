using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Files;

/// <summary>
/// Walks a JSON tree against a record shape, checking every value and building the immutable records
/// in the same pass. It never stops at the first problem: a bad value keeps the record's default and
/// the walk goes on, so the user sees every error of the file at once.
/// </summary>
public sealed class RecordBinder(string file)
{
    private readonly List<ScenarioError> _errors = [];

    public IReadOnlyList<ScenarioError> Errors => _errors;

    public object? Bind(Shape shape, JToken token, string path = "$") =>
        TryBind(shape, null, null, false, token, path, out var value) ? value : null;

    private bool TryBind(Shape shape, ParamAttribute? param, IReadOnlyList<string>? words, bool allowsNull,
        JToken token, string path, out object? value)
    {
        value = null;
        if (token.Type == JTokenType.Null)
        {
            if (allowsNull)
                return true;
            return Fail(token, path, $"null is not allowed; expected {AllowedText.Describe(shape, param, words)}");
        }
        return shape.Kind switch
        {
            FieldKind.Integer => TryInteger(shape, param, token, path, out value),
            FieldKind.Number => TryNumber(shape, param, token, path, out value),
            FieldKind.Boolean => TryBoolean(shape, token, path, out value),
            FieldKind.Text => TryText(shape, param, words, token, path, out value),
            FieldKind.Date => TryDate(shape, param, token, path, out value),
            FieldKind.List => TryList(shape, param, token, path, out value),
            _ => TryObject(shape, token, path, out value),
        };
    }

    private bool TryInteger(Shape shape, ParamAttribute? param, JToken token, string path, out object? value)
    {
        value = null;
        BigInteger number;
        if (token.Type == JTokenType.Integer)
            number = ((JValue)token).Value is BigInteger big ? big : new BigInteger(token.Value<long>());
        else if (token.Type == JTokenType.Float && token.Value<double>() is var d && double.IsFinite(d) && Math.Floor(d) == d)
            number = new BigInteger(d);
        else if (token.Type == JTokenType.Float)
            return Fail(token, path, $"{Show(token)} is not a whole number; expected {AllowedText.Describe(shape, param, null)}");
        else
            return WrongType(shape, param, null, token, path);

        var (low, high) = AllowedText.IntegerBounds(shape.ClrType, param);
        if (number < low || number > high)
            return Fail(token, path, $"{Show(token)} is out of range; expected {AllowedText.Describe(shape, param, null)}");
        value = shape.ClrType == typeof(int) ? (int)number : shape.ClrType == typeof(long) ? (long)number : (object)(ulong)number;
        return true;
    }

    private bool TryNumber(Shape shape, ParamAttribute? param, JToken token, string path, out object? value)
    {
        value = null;
        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
            return WrongType(shape, param, null, token, path);
        var number = ((JValue)token).Value is BigInteger big ? (double)big : token.Value<double>();
        if (!double.IsFinite(number))
            return Fail(token, path, $"{Show(token)} is not a finite number; expected {AllowedText.Describe(shape, param, null)}");
        if (param is not null && (number < param.Min || number > param.Max))
            return Fail(token, path, $"{Show(token)} is out of range; expected {AllowedText.Describe(shape, param, null)}");
        value = number;
        return true;
    }

    private bool TryBoolean(Shape shape, JToken token, string path, out object? value)
    {
        value = null;
        if (token.Type != JTokenType.Boolean)
            return WrongType(shape, null, null, token, path);
        value = token.Value<bool>();
        return true;
    }

    private bool TryText(Shape shape, ParamAttribute? param, IReadOnlyList<string>? words, JToken token, string path, out object? value)
    {
        value = null;
        if (token.Type != JTokenType.String)
            return WrongType(shape, param, words, token, path);
        var text = token.Value<string>()!;
        if (words is { Count: > 0 } && !words.Contains(text, StringComparer.Ordinal))
        {
            var hint = TextMatching.Closest(text, words) is { } near ? $"; did you mean \"{near}\"?" : "";
            return Fail(token, path, $"{Show(token)} is not allowed; expected {AllowedText.Describe(shape, param, words)}{hint}");
        }
        value = text;
        return true;
    }

    private bool TryDate(Shape shape, ParamAttribute? param, JToken token, string path, out object? value)
    {
        value = null;
        if (token.Type != JTokenType.String)
            return WrongType(shape, param, null, token, path);
        if (!DateOnly.TryParseExact(token.Value<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail(token, path, $"{Show(token)} is not a valid date; expected {AllowedText.Describe(shape, param, null)}");
        if (date < Bounds.EarliestDate || date > Bounds.LatestDate)
            return Fail(token, path, $"{Show(token)} is out of range; expected {AllowedText.Describe(shape, param, null)}");
        value = date;
        return true;
    }

    private bool TryList(Shape shape, ParamAttribute? param, JToken token, string path, out object? value)
    {
        value = null;
        if (token is not JArray array)
            return WrongType(shape, param, null, token, path);
        var ok = true;
        if (param is not null && (array.Count < param.Min || array.Count > param.Max))
            ok = Fail(token, path, $"a list of {array.Count} item(s) is not allowed; expected {AllowedText.Describe(shape, param, null)}");
        var element = shape.Element!;
        var items = Array.CreateInstance(element.ClrType, array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (TryBind(element, null, null, false, array[i], $"{path}[{i}]", out var item))
                items.SetValue(item, i);
            else
                ok = false;
        }
        if (!ok)
            return false;
        value = shape.ClrType.IsAssignableFrom(items.GetType())
            ? items
            : Activator.CreateInstance(typeof(List<>).MakeGenericType(element.ClrType), items);
        return true;
    }

    private bool TryObject(Shape shape, JToken token, string path, out object? value)
    {
        value = null;
        if (token is not JObject json)
            return WrongType(shape, null, null, token, path);
        var known = shape.JsonFields.Select(f => f.JsonName).ToList();
        // A record of named blocks (the designs) names what the unknown word was meant to be and lists every choice.
        var noun = shape.ClrType.GetCustomAttributes(typeof(NamedBlocksAttribute), false).OfType<NamedBlocksAttribute>().FirstOrDefault()?.Noun;
        foreach (var property in json.Properties())
        {
            if (known.Contains(property.Name, StringComparer.Ordinal))
                continue;
            var near = TextMatching.Closest(property.Name, known);
            var message = noun is not null
                ? $"unknown {noun} \"{property.Name}\"; expected one of {string.Join(", ", known.Select(k => $"\"{k}\""))}"
                  + (near is not null ? $"; did you mean \"{near}\"?" : "")
                : $"unknown field \"{property.Name}\"; "
                  + (near is not null ? $"did you mean \"{near}\"?" : "known fields here: " + string.Join(", ", known));
            Fail(property, Child(path, property.Name), message);
        }
        value = Build(shape, json, path);
        return true;
    }

    /// <summary>Starts from the record's defaults and sets each field the JSON gives and that checks out.</summary>
    private object Build(Shape shape, JObject json, string path)
    {
        var instance = Activator.CreateInstance(shape.ClrType)!;
        foreach (var field in shape.Fields)
        {
            if (field.Flattened)
            {
                instance = field.Access.Build(instance, Build(field.Shape, json, path));
                continue;
            }
            if (json.TryGetValue(field.JsonName, StringComparison.Ordinal, out var token)
                && TryBind(field.Shape, field.Param, field.AllowedValues, field.AllowsNull, token, Child(path, field.JsonName), out var value))
                instance = field.Access.Build(instance, value);
        }
        return instance;
    }

    private bool WrongType(Shape shape, ParamAttribute? param, IReadOnlyList<string>? words, JToken token, string path) =>
        Fail(token, path, $"wrong type: {Show(token)} is {KindWord(token)}; expected {AllowedText.Describe(shape, param, words)}");

    private bool Fail(JToken token, string path, string message)
    {
        var info = (IJsonLineInfo)token;
        _errors.Add(info.HasLineInfo()
            ? new ScenarioError(file, path, message, info.LineNumber, info.LinePosition)
            : new ScenarioError(file, path, message));
        return false;
    }

    public static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Show(JToken token)
    {
        var text = token.ToString(Formatting.None);
        return text.Length <= 40 ? text : text[..37] + "...";
    }

    private static string KindWord(JToken token) => token.Type switch
    {
        JTokenType.String => "text",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a true/false value",
        JTokenType.Array => "a list",
        JTokenType.Object => "an object",
        _ => token.Type.ToString().ToLowerInvariant(),
    };
}
