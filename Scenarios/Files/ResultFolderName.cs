using System.Text;

namespace Planner.Scenarios.Files;

/// <summary>Turns a scenario name into a folder name that is safe on every file system: "Härryda 2000" → "harryda-2000".</summary>
public static class ResultFolderName
{
    // An explicit table because the build uses invariant globalization, under which Unicode
    // decomposition cannot be relied on to strip the diacritics of Swedish names.
    private const string Accented = "åäàáâãæçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaaceeeeiiiinoooooouuuuyy";

    public static string From(string name)
    {
        var builder = new StringBuilder();
        foreach (var original in name.ToLowerInvariant())
        {
            var index = Accented.IndexOf(original, StringComparison.Ordinal);
            var c = index >= 0 ? Plain[index] : original;
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }
}
