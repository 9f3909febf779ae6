using Planner.Scenarios.Files;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>One progress bar per scenario of a comparison, only on an interactive console.</summary>
public static class CompareProgress
{
    public static T Run<T>(IAnsiConsole console, CliContext context, bool quiet,
        IReadOnlyList<(string File, Scenario Scenario)> scenarios, RunSettings run, Func<Action<int>, T> work)
    {
        if (quiet || !context.Interactive)
            return work(_ => { });

        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var tasks = scenarios.Select(s => progress.AddTask(Label(s.Scenario.Name, 0, run.Replications), maxValue: run.Replications)).ToList();
                var done = new int[scenarios.Count];
                result = work(index =>
                {
                    var now = Interlocked.Increment(ref done[index]);
                    tasks[index].Increment(1);
                    tasks[index].Description = Label(scenarios[index].Scenario.Name, now, run.Replications);
                });
            });
        return result;
    }

    private static string Label(string name, int done, int total) =>
        Markup.Escape($"{name}: {done}/{total} replications");
}
