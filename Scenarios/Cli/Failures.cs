using Microsoft.Data.Sqlite;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Cli;

/// <summary>
/// Says what an exception means to the user in one line, and which exit code it earns: a store that is damaged or
/// not one is bad input (2); a full disk, a write refused by the system or a file the system cannot read is a
/// failure of the machine (1), never blamed on the simulation. No stack trace reaches the user.
/// </summary>
public static class Failures
{
    /// <summary>The exit code and message for a failure outside the model, or null if it is none of these.</summary>
    public static (int Exit, string Message)? Describe(Exception e, string? store)
    {
        var where = store is null ? "" : $"{store}: ";
        switch (e)
        {
            case StoreException s:
                return (ExitCodes.BadInput, "error: " + s.Message);
            case SqliteException q:
                switch (q.SqliteErrorCode & 0xFF)
                {
                    case 11 or 26: // SQLITE_CORRUPT, SQLITE_NOTADB
                        return (ExitCodes.BadInput, $"error: {where}the store is damaged ({ResultStore.OneLine(q.Message)}); "
                            + "move it aside and run again into a new store, or recover what is readable with sqlite3's .recover");
                    case 1 or 17 or 19 or 20 or 24 or 25: // SQLITE_ERROR, SCHEMA, CONSTRAINT, MISMATCH, FORMAT, RANGE: tables not as this version made them
                        return (ExitCodes.BadInput, $"error: {where}the store is damaged or was not made by this version of Planner ({ResultStore.OneLine(q.Message)}); "
                            + "move it aside and run again into a new store");
                    case 13: // SQLITE_FULL
                        return (ExitCodes.RunFailed, $"error: {where}{DiskFull}");
                    case 5 or 6: // SQLITE_BUSY, SQLITE_LOCKED
                        return (ExitCodes.RunFailed, $"error: {where}the store stayed locked by another process for over a minute; run again when it has finished");
                    default:
                        return (ExitCodes.RunFailed, $"error: {where}the machine could not read or write the store: {ResultStore.OneLine(q.Message)} (a failure of the disk or its permissions, not of the simulation)");
                }
            case IOException io when IsDiskFull(io):
                return (ExitCodes.RunFailed, "error: " + DiskFull);
            case IOException or UnauthorizedAccessException:
                return (ExitCodes.RunFailed, $"error: the machine could not read or write a file: {ResultStore.OneLine(e.Message)} (a failure of the disk or its permissions, not of the simulation)");
            case OutOfMemoryException:
                return (ExitCodes.RunFailed, "error: the machine ran out of memory; run fewer replications at once (--threads) or a smaller design");
            default:
                return null;
        }
    }

    public const string DiskFull =
        "the disk is full (no space left on the device): a failure of the machine, not of the simulation; "
        + "free some space and run the same command again: replications already saved are kept";

    /// <summary>ENOSPC (28 on Linux, as .NET reports an errno it does not map) or Windows' disk-full codes.</summary>
    public static bool IsDiskFull(Exception e) =>
        e is IOException && (e.HResult is 28 or unchecked((int)0x80070070) or unchecked((int)0x80070027)
            || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("disk full", StringComparison.OrdinalIgnoreCase));
}
