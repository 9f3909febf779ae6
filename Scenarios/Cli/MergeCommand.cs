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
                var merges = StoreMerge.Merge(output, parse.GetValue(shards) ?? [],
                    () => StoreLock.Acquire(output, message => context.Error.WriteLine(message), CancellationToken.None));
                foreach (var merged in merges)
                {
                    if (merged.Damaged is { Count: > 0 } damaged)
                        context.Error.WriteLine($"warning: {damaged.Count} damaged replication(s) were left out (their values do not match their checksum): "
                            + string.Join("; ", damaged.Take(5)) + (damaged.Count > 5 ? "; …" : "") + ". Run the experiment on the merged store to run them again.");
                    context.Out.WriteLine($"Merged {merged.Experiment.Name} ({merged.Experiment.ShortHash}) into {output}: "
                        + $"{merged.Added} replication(s) added, {merged.AlreadyThere} already there.");
                    if (merged.Gaps.Count > 0)
                        context.Out.WriteLine("Warning: replications are missing (is a shard store left out?): " + string.Join("; ", merged.Gaps.Take(5)) + (merged.Gaps.Count > 5 ? "; …" : ""));
                }
                return ExitCodes.Ok;
            }
            catch (Exception e) when (Failures.Describe(e, null) is { } failure)
            {
                context.Error.WriteLine(failure.Message);
                context.Error.WriteLine($"Nothing was merged; {output} is unchanged.");
                return failure.Exit;
            }
        });
        return command;
    }
}
