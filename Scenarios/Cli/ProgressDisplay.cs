using Planner.Scenarios.Files;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>A progress bar with replications done and time left, only on an interactive console.</summary>
public static class ProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, CliContext context, bool quiet, Scenario scenario, Func<Action, T> work)
    {
        var total = scenario.Run.Replications;
        if (quiet || !context.Interactive)
            return work(() => { });

        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Label(scenario.Name, 0, total), maxValue: total);
                var done = 0;
                result = work(() =>
                {
                    var now = Interlocked.Increment(ref done);
                    task.Increment(1);
                    task.Description = Label(scenario.Name, now, total);
                });
            });
        return result;
    }

    private static string Label(string name, int done, int total) =>
        Markup.Escape($"{name}: {done}/{total} replications");
}
