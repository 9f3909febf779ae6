namespace Planner.Scenarios.Files;

/// <summary>
/// Limits on inputs that no single field's range expresses: totals across a list, the dates the calendar can
/// run, the size of a design. Each is checked before anything is sampled or run, and each is printed in the
/// field reference next to the field it bounds (<see cref="Note"/>), so the documentation and the check cannot drift.
/// </summary>
public static class Bounds
{
    /// <summary>Caseworker posts in all groups together: beyond the largest Swedish unit many times over, and what a run can finish.</summary>
    public const int MostPosts = 1000;

    /// <summary>Design points of an experiment, counted before a design is sampled.</summary>
    public const int MostPoints = 100_000;

    /// <summary>Replications an experiment may ask for in all (points × replications).</summary>
    public const long MostRuns = 10_000_000;

    /// <summary>Every date field: the calendar and a horizon of up to 50 years stay far inside what dates can hold.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2200, 12, 31);

    /// <summary>What every input file must be, for the head of the field references.</summary>
    public static readonly string FileRules =
        $"A file is strict JSON (RFC 8259) in UTF-8: no comments, no trailing commas, keys in double quotes, numbers in decimal\n"
        + $"without leading zeros (`10`, not `010` or `0x0A`; `0.5`, not `.5`), no NaN; a key once per object, nesting at most\n"
        + $"{StrictJson.MaxDepth} deep. It is a regular file (not a pipe or a device) of at most {InputFile.JsonMaxBytes / (1024 * 1024)} MiB. Dates lie from\n"
        + $"{EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}.\n\n";

    /// <summary>The bounds to print beside a field of the reference, by its path as the reference writes it.</summary>
    public static string? Note(string path) => path switch
    {
        "staff.caseworkers" => $"at most {MostPosts} posts in all groups together",
        "changes" => $"the day-0 posts and all posts the changes add: at most {MostPosts}",
        "name" => $"its folder name must fit the file system's limit for a name (255 bytes on common ones) less {ResultFolderName.AddedBytes} bytes",
        "design.points" or "design.trajectories" or "design.samples" or "design.parameters" or "scenarios"
            => $"at most {MostPoints} design points and {MostRuns} replications in all, checked before sampling",
        _ => null,
    };
}
