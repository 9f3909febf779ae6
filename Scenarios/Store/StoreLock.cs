using System.Diagnostics;
using System.Globalization;

namespace Planner.Scenarios.Store;

/// <summary>
/// One writer per store at a time, across processes: the writer holds an exclusive advisory lock (flock) on the
/// store file itself — which SQLite, locking with fcntl, does not see — released by the system when the process
/// ends, however it ends; and writes who it is to the hidden file .STORE.owner beside it, removed when it lets go.
/// A second run on the same store says which process holds it and waits for it to finish, then carries on: it
/// finds the replications the first one saved and does not run them again. Nothing is lost and no run fails because
/// another one writes. A store on a read-only mount needs no lock: nothing can write it.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream? held;
    private readonly string ownerFile;

    private StoreLock(FileStream? held, string ownerFile)
    {
        this.held = held;
        this.ownerFile = ownerFile;
    }

    /// <summary>Takes the lock of an existing store, calling <paramref name="waiting"/> once with who holds it if it must wait.</summary>
    /// <exception cref="OperationCanceledException">The wait was cancelled (Ctrl+C).</exception>
    public static StoreLock Acquire(string storePath, Action<string> waiting, CancellationToken cancellation)
    {
        var ownerFile = OwnerFile(storePath);
        var told = false;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                var stream = new FileStream(storePath, FileMode.Open, FileAccess.Read, FileShare.None);
                try
                {
                    File.WriteAllText(ownerFile, Describe());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Who holds the lock is a courtesy to the next run; the lock itself is what counts.
                }
                return new StoreLock(stream, ownerFile);
            }
            catch (FileNotFoundException)
            {
                throw new StoreException($"{storePath}: the store disappeared while it was being opened");
            }
            catch (UnauthorizedAccessException)
            {
                return new StoreLock(null, ownerFile);
            }
            catch (IOException e) when (IsSharingViolation(e))
            {
                if (!told)
                {
                    waiting($"{storePath} is in use by {Owner(ownerFile)}; waiting for it to finish (Ctrl+C to stop waiting). "
                        + "Replications it saves are not run again here.");
                    told = true;
                }
                cancellation.WaitHandle.WaitOne(Poll);
            }
        }
    }

    /// <summary>Another process holds the file's lock (.NET's sharing violation, or EWOULDBLOCK as errno 11).</summary>
    public static bool IsSharingViolation(IOException e) =>
        e.HResult is unchecked((int)0x80070020) or 11 || e.Message.Contains("being used by another process", StringComparison.Ordinal);

    /// <summary>The hidden file beside the store that says who holds it: ".planner.db.owner".</summary>
    public static string OwnerFile(string storePath)
    {
        var full = Path.GetFullPath(storePath);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.owner");
    }

    private static string Owner(string ownerFile)
    {
        try
        {
            var text = File.ReadAllText(ownerFile).Trim();
            return text.Length > 0 ? text : "another process";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "another process";
        }
    }

    private static string Describe()
    {
        using var self = Process.GetCurrentProcess();
        var command = string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Take(6));
        return string.Create(CultureInfo.InvariantCulture,
            $"process {Environment.ProcessId} on {Environment.MachineName} (planner {command}), since {self.StartTime.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC");
    }

    public void Dispose()
    {
        if (held is null)
            return;
        try
        {
            File.Delete(ownerFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        held.Dispose();
    }
}
