using System.CommandLine;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Cli;

/// <summary>`planner merge SHARD…`: combines the stores of an experiment's shards into one store.</summary>
public static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("merge",
            "Combine shard stores (from --shard k/n runs) into one store; the result equals a single-machine run exactly. "
            + "All shards must hold the same experiment; the merge lands completely or not at all.");
        var shards = FileArguments.Create(command, "Shard stores to combine (read only; never changed).", ArgumentArity.OneOrMore);
        command.Arguments.Add(shards);
        var store = new Option<string>("--store") { HelpName = "FILE", Description = "The store to merge into (default: results/planner.db); created if missing." };
        command.Options.Add(store);
        command.SetAction(parse =>
        {
            var output = parse.GetValue(store) ?? Path.Combine("results", "planner.db");
            try
            {
                foreach (var merged in StoreMerge.Merge(output, parse.GetValue(shards) ?? []))
                {
                    context.Out.WriteLine($"Merged {merged.Experiment.Name} ({merged.Experiment.ShortHash}) into {output}: "
                        + $"{merged.Added} replication(s) added, {merged.AlreadyThere} already there.");
                    if (merged.Gaps.Count > 0)
                        context.Out.WriteLine("Warning: replications are missing (is a shard store left out?): " + string.Join("; ", merged.Gaps.Take(5)) + (merged.Gaps.Count > 5 ? "; …" : ""));
                }
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                context.Error.WriteLine("error: " + e.Message);
                context.Error.WriteLine($"Nothing was merged; {output} is unchanged.");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
