using System.CommandLine;
using Planner.Scenarios.Charts;

namespace Planner.Scenarios.Cli;

/// <summary>The RESULTS folder that `plot` and `report` read: its argument and its reading, with a bad folder as exit 2.</summary>
internal static class ResultsArgument
{
    public static Argument<string> Create() =>
        new("RESULTS") { Description = "A results folder: <output>/<scenario> from run, or <output>/compare-… from compare." };

    /// <returns>The folder's results, or null after saying on the error stream why it is not a results folder.</returns>
    public static ResultData? Read(string folder, CliContext context)
    {
        try
        {
            return ResultsFolder.Read(folder);
        }
        catch (ResultsFolderException e)
        {
            context.Error.WriteLine("error: " + e.Message);
            return null;
        }
    }
}
