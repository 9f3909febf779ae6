namespace Planner.Scenarios.Store;

/// <summary>
/// Writes one file so that a reader sees the old content or the new, never a part: the text goes to a
/// hidden temporary file in the same folder (same file system) and is renamed over the target when complete.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temporary);
            }
            catch (IOException)
            {
                // The temporary file is hidden and named as such; the failure that matters is the one rethrown.
            }
            throw;
        }
    }
}
