using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace Planner.Scenarios.Files;

/// <summary>
/// Reads a file the user named as input, bounded before it is read: it must be a regular file (not a folder,
/// a pipe or a device such as /dev/zero), at most <c>maxBytes</c> long, and valid UTF-8. Every loader reads
/// through here, so a link to /dev/urandom, a multi-gigabyte file or a FIFO gets a one-line error instead of
/// running out of memory or hanging. Problems come back as one <see cref="ScenarioError"/>; nothing throws.
/// </summary>
public static class InputFile
{
    /// <summary>The largest scenario or experiment file read: far above any real one (the library's are under 10 KB).</summary>
    public const long JsonMaxBytes = 4 * 1024 * 1024;

    /// <summary>The file's text, or null with the problem added to <paramref name="errors"/>.</summary>
    /// <param name="kind">What the file should be, for messages: "scenario file", "experiment file", "targets file".</param>
    public static string? ReadText(string path, string kind, long maxBytes, ICollection<ScenarioError> errors)
    {
        var bytes = ReadBytes(path, kind, maxBytes, errors);
        return bytes is null ? null : Decode(path, bytes, errors);
    }

    /// <summary>The file's bytes, or null with the problem added to <paramref name="errors"/>.</summary>
    public static byte[]? ReadBytes(string path, string kind, long maxBytes, ICollection<ScenarioError> errors)
    {
        if (PathProblem(path, kind) is { } problem)
        {
            errors.Add(new ScenarioError(Shown(path), null, problem));
            return null;
        }
        try
        {
            using var stream = Open(path);
            if (!stream.CanSeek)
                return Fail(path, $"is a pipe or a socket, not a regular file; expected {A(kind)} saved on disk", errors);
            if (stream.Length > maxBytes)
                return Fail(path, $"is {Size(stream.Length)}; {A(kind)} may be at most {Size(maxBytes)}", errors);
            // Read one byte past the bound: a device such as /dev/zero reports length 0 and never ends.
            var buffer = new byte[Math.Min(maxBytes + 1, Math.Max(stream.Length + 1, 4096))];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                        return Fail(path, $"holds more than {Size(maxBytes)} (is it a device such as /dev/zero?); {A(kind)} may be at most {Size(maxBytes)}", errors);
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                }
                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                    break;
                total += read;
            }
            return buffer[..total];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Fail(path, "cannot be read: " + e.Message, errors);
        }
    }

    /// <summary>What is wrong with a path given as text (an option's folder or store), before anything is made there, or null.</summary>
    public static string? PathTextProblem(string path)
    {
        if (path.Length == 0)
            return "an empty path";
        if (path.Contains('\0'))
            return "the path holds a NUL character (\\0), which no file name can";
        if (path.Length > 4096)
            return $"the path is {path.Length} characters long; paths are at most 4096";
        return null;
    }

    /// <summary>
    /// Why an existing path is not a regular file (a pipe, a socket or a device such as /dev/null), or null. Opened
    /// without blocking, so a FIFO is told apart at once instead of waiting for a writer.
    /// </summary>
    public static string? NotRegularFile(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            if (File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target && target.FullName.StartsWith("/dev/", StringComparison.Ordinal))
                return $"is a device ({target.FullName}), not a regular file";
            if (Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal))
                return "is a device, not a regular file";
            using var stream = Open(path);
            return stream.CanSeek ? null : "is a pipe or a socket, not a regular file";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>What is wrong with the path itself, before anything is opened, or null.</summary>
    public static string? PathProblem(string path, string kind)
    {
        if (path.Length == 0)
            return $"an empty file name; expected the path of {A(kind)}";
        if (path.Contains('\0'))
            return $"the path holds a NUL character (\\0), which no file name can; expected the path of {A(kind)}";
        if (path.Length > 4096)
            return $"the path is {path.Length} characters long; paths are at most 4096";
        if (Directory.Exists(path))
            return $"is a folder; expected {A(kind)}";
        if (!File.Exists(path))
            return "file not found";
        return null;
    }


    /// <summary>Strict UTF-8 (a byte-order mark is allowed and dropped); anything else is reported with its line and column.</summary>
    public static string? Decode(string path, byte[] bytes, ICollection<ScenarioError> errors)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            Fail(path, "is saved as UTF-16; save it as UTF-8", errors);
            return null;
        }
        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var (line, column) = Position(chars.AsSpan(0, written));
            errors.Add(new ScenarioError(Shown(path), null,
                $"is not valid UTF-8 at line {line}, column {column} (byte 0x{span[read]:X2}); save the file as UTF-8 (a Latin-1 or Windows-1252 file gives this)",
                line, column));
            return null;
        }
        var text = new string(chars, 0, written);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text.AsSpan(0, nul));
            errors.Add(new ScenarioError(Shown(path), null, $"holds a NUL character at line {line}, column {column}; expected a text file", line, column));
            return null;
        }
        return text;
    }

    /// <summary>The path as messages show it: control characters such as NUL written out, so a message stays one line.</summary>
    public static string Shown(string path)
    {
        if (!path.Any(char.IsControl))
            return path;
        var builder = new StringBuilder();
        foreach (var c in path)
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        return builder.ToString();
    }

    private static string A(string kind) => (kind.Length > 0 && "aeiou".Contains(kind[0]) ? "an " : "a ") + kind;

    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var line = 1 + before.Count('\n');
        var column = before.Length - before.LastIndexOf('\n');
        return (line, column);
    }

    private static byte[]? Fail(string path, string message, ICollection<ScenarioError> errors)
    {
        errors.Add(new ScenarioError(Shown(path), null, message));
        return null;
    }

    private static string Size(long bytes) =>
        bytes >= 1 << 30 ? Invariant.Number(Math.Round(bytes / (double)(1 << 30), 1)) + " GiB"
        : bytes >= 1 << 20 ? Invariant.Number(Math.Round(bytes / (double)(1 << 20), 1)) + " MiB"
        : bytes >= 1 << 10 ? Invariant.Number(Math.Round(bytes / (double)(1 << 10), 1)) + " KiB"
        : bytes + " bytes";

    /// <summary>
    /// Opens for reading without blocking: on Linux a FIFO opened the ordinary way waits for a writer forever, so it
    /// is opened non-blocking and then told apart by not being seekable.
    /// </summary>
    private static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux())
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        const int readOnlyNonBlockingCloseOnExec = 0x0000 | 0x0800 | 0x80000;
        var descriptor = NativeOpen(path, readOnlyNonBlockingCloseOnExec);
        if (descriptor < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == 13 ? new UnauthorizedAccessException("permission denied") : new IOException(Marshal.GetPInvokeErrorMessage(errno));
        }
        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, 1);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int NativeOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
