namespace Planner.Scenarios.Store;

/// <summary>
/// Writes a folder so that readers see either the old complete folder or the new complete one, never a
/// half-written mix: the content goes into a hidden temporary folder beside the target (same file system,
/// so the final step is a rename) and replaces the target only when everything is written.
/// </summary>
public static class AtomicDirectory
{
    public static void Write(string target, Action<string> writeInto)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{target}' has no parent folder.", nameof(target));
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);

        var id = Guid.NewGuid().ToString("N");
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
