using System.Diagnostics;
using System.Globalization;

namespace Planner.Scenarios.Store;

/// <summary>
/// Writes a folder so that readers see either the old complete folder or the new complete one, never a
/// half-written mix: the content goes into a hidden temporary folder beside the target (same file system,
/// so the final step is a rename) and replaces the target only when everything is written. The hidden
/// folders carry the writer's process id, so that the next write of the same folder removes those of a
/// writer that was killed (and only those: a live writer's folder is left alone).
/// </summary>
public static class AtomicDirectory
{
    public static void Write(string target, Action<string> writeInto)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{target}' has no parent folder.", nameof(target));
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);

        var id = $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..16]}";
        var temporary = Path.Combine(parent, $".{name}.tmp-{id}");
        Directory.CreateDirectory(temporary);
        try
        {
            writeInto(temporary);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        if (!Directory.Exists(full))
        {
            Directory.Move(temporary, full);
            return;
        }
        // A non-empty folder cannot be replaced in one rename; move the old one aside first and put it back on failure.
        var previous = Path.Combine(parent, $".{name}.old-{id}");
        Directory.Move(full, previous);
        try
        {
            Directory.Move(temporary, full);
        }
        catch
        {
            Directory.Move(previous, full);
            TryDelete(temporary);
            throw;
        }
        TryDelete(previous);
    }

    /// <summary>
    /// Hidden folders of earlier writes of <paramref name="name"/> whose writer is no longer running: a kill between
    /// making the temporary folder and the final rename leaves one. A ".old-" folder of a dead writer whose target is
    /// missing is the previous result, moved aside just before the kill: it is put back instead of removed.
    /// </summary>
    public static void RemoveLeftovers(string parent, string name)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(parent, $".{name}.*-*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        var target = Path.Combine(parent, name);
        foreach (var folder in candidates.Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(folder)[(name.Length + 1)..];
            var old = rest.StartsWith(".old-", StringComparison.Ordinal);
            if (!old && !rest.StartsWith(".tmp-", StringComparison.Ordinal))
                continue;
            if (WriterAlive(rest[5..]))
                continue;
            if (old && !Directory.Exists(target))
            {
                try
                {
                    Directory.Move(folder, target);
                    continue;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
            TryDelete(folder);
        }
    }

    /// <summary>Whether the process that named a hidden folder "PID-ID" runs; a folder of an earlier format (no id) has no live writer.</summary>
    private static bool WriterAlive(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return false;
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a hidden temporary folder behind is harmless; hiding the original error is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
