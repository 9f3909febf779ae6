using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Planner.Scenarios.Files;

/// <summary>
/// Turns a scenario name into a folder name that is safe on every file system: "Härryda 2000" → "harryda-2000",
/// "日本語 ユニット" → "日本語-ユニット". Letters of any script are kept (lower-cased); Swedish and other Latin
/// diacritics are dropped, everything else becomes a hyphen.
/// </summary>
public static class ResultFolderName
{
    // An explicit table because the build uses invariant globalization, under which Unicode
    // decomposition cannot be relied on to strip the diacritics of Swedish names.
    private const string Accented = "åäàáâãæçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaaceeeeiiiinoooooouuuuyy";

    /// <summary>What the writers add around the name: ".NAME.tmp-", a process id of up to 10 digits, "-" and a 16-digit id (AtomicDirectory).</summary>
    public const int AddedBytes = 1 + 5 + 10 + 1 + 16;

    public static string From(string name)
    {
        var builder = new StringBuilder();
        foreach (var original in name.ToLowerInvariant().EnumerateRunes())
        {
            var index = original.IsBmp ? Accented.IndexOf((char)original.Value, StringComparison.Ordinal) : -1;
            var rune = index >= 0 ? new Rune(Plain[index]) : original;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (Rune.IsLetterOrDigit(rune))
                builder.Append(rune.ToString());
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot name a result folder here, or null: no letters or digits, or a folder name
    /// (with what the writers add) longer than the file system of the current folder allows. Checked when a file is
    /// validated, so a long name fails before the run, not when its results are written.
    /// </summary>
    public static string? Problem(string name)
    {
        var folder = From(name);
        if (folder.Length == 0)
            return $"\"{Short(name)}\" has no letters or digits to name the result folder; expected a name such as \"my-unit\"";
        var limit = FileNameLimit.Bytes(Directory.GetCurrentDirectory());
        var bytes = Encoding.UTF8.GetByteCount(folder);
        if (bytes + AddedBytes > limit)
            return $"\"{Short(name)}\" makes a result folder name of {bytes} bytes; this file system allows {limit} bytes in a name, "
                + $"of which the result writer needs {AddedBytes}: expected a name of at most {limit - AddedBytes} bytes (letters of a Latin script are one byte, most others two or three)";
        return null;
    }

    private static string Short(string name) => name.Length <= 40 ? name : name[..37] + "...";
}

/// <summary>The longest file name a folder's file system takes (NAME_MAX, in bytes); 255 where it cannot be asked.</summary>
public static class FileNameLimit
{
    private const int Fallback = 255;

    public static int Bytes(string folder)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return Fallback;
        try
        {
            const int nameMaxLinux = 3, nameMaxMac = 4;
            var value = PathConf(folder, OperatingSystem.IsLinux() ? nameMaxLinux : nameMaxMac);
            return value is > 0 and < 100_000 ? (int)value : Fallback;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Fallback;
        }
    }

    [DllImport("libc", EntryPoint = "pathconf", SetLastError = true, BestFitMapping = false)]
    private static extern nint PathConf([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int name);
}
