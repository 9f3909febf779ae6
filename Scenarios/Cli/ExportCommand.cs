using System.CommandLine;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Cli;

/// <summary>`planner export`: writes experiments of a store as CSV and JSON files, one folder each.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("export",
            "Write experiments from the result store as CSV and JSON: experiment.json, points.csv, replications.csv, monthly.csv, summary.csv, summary.json, "
            + "and for a comparison the comparison.csv and comparison.json that compare writes. "
            + "Safe while a run is writing: only committed replications are read.");
        var store = new Option<string>("--store") { HelpName = "FILE", Description = "The result store to read (default: results/planner.db)." };
        var experiments = new Option<string[]>("--experiment", "-e") { HelpName = "NAME|HASH", Description = "Experiment to export, by name or hash prefix; repeat for several (default: all)." };
        var output = new Option<string>("--output", "-o")
        {
            HelpName = "FOLDER",
            Description = "Folder for the exports (default: results/export); each experiment writes <output>/<name>-<hash>/.",
        };
        var list = new Option<bool>("--list") { Description = "Only list the store's experiments with their replication counts." };
        foreach (var option in new Option[] { store, experiments, output, list })
            command.Options.Add(option);
        command.SetAction(parse => Execute(parse.GetValue(store) ?? Path.Combine("results", "planner.db"), parse.GetValue(experiments) ?? [],
            parse.GetValue(output) ?? Path.Combine("results", "export"), parse.GetValue(list), context));
        return command;
    }

    private static int Execute(string storePath, IReadOnlyList<string> wanted, string output, bool listOnly, CliContext context)
    {
        try
        {
            using var store = ResultStore.OpenReadOnly(storePath);
            // The list and every experiment's files show the store at one moment, even while a run writes to it.
            using var snapshot = store.Snapshot();
            var all = store.Experiments();
            if (listOnly)
            {
                foreach (var e in all)
                    context.Out.WriteLine($"{e.ShortHash}  {e.Kind,-11} {e.Name}  ({store.ReplicationCount(e.Id)} replications)");
                return ExitCodes.Ok;
            }
            var chosen = wanted.Count == 0 ? all : [];
            if (wanted.Count > 0)
            {
                var missing = new List<string>();
                foreach (var w in wanted)
                {
                    var matches = all.Where(e => e.Name == w || (w.Length >= 4 && e.Hash.StartsWith(w, StringComparison.Ordinal))).ToList();
                    if (matches.Count == 0)
                        missing.Add(w);
                    chosen = [.. chosen, .. matches.Where(m => !chosen.Contains(m))];
                }
                if (missing.Count > 0)
                {
                    context.Error.WriteLine($"error: {storePath}: no experiment named {string.Join(", ", missing.Select(m => $"\"{m}\""))}; "
                        + $"the store holds {(all.Count == 0 ? "none" : string.Join(", ", all.Select(e => $"\"{e.Name}\" ({e.ShortHash})")))}");
                    return ExitCodes.BadInput;
                }
            }
            foreach (var e in chosen)
            {
                // Damaged replications are not averaged into an export; a run on a writable copy of the store re-runs them.
                if (store.Damaged(e.Id) is { Count: > 0 } damaged)
                {
                    context.Error.WriteLine($"error: {storePath}: {damaged.Count} stored replication(s) of \"{e.Name}\" ({e.ShortHash}) are damaged: "
                        + string.Join("; ", damaged.Take(5)) + (damaged.Count > 5 ? "; …" : "")
                        + ". Nothing of it was exported; run the command that made it again on this store: it runs them again.");
                    return ExitCodes.BadInput;
                }
                var folder = StoreExport.Write(store, e, Path.Combine(output, $"{ResultFolderName.From(e.Name)}-{e.ShortHash}"));
                context.Out.WriteLine($"Exported {e.Name} ({e.ShortHash}) to {folder}");
            }
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !Failures.IsDiskFull(e))
        {
            context.Error.WriteLine($"error: could not write the export: {e.Message} (a failure of the disk or its permissions)");
            return ExitCodes.RunFailed;
        }
        catch (Exception e) when (Failures.Describe(e, storePath) is { } failure)
        {
            context.Error.WriteLine(failure.Message);
            return failure.Exit;
        }
    }
}
