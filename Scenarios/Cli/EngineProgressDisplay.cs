using System.Globalization;
using Planner.Scenarios.Experiments;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Planner.Scenarios.Cli;

/// <summary>A progress bar for the experiment engine: replications saved of planned, rate and time left; silent for scripts.</summary>
public static class EngineProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, CliContext context, bool quiet, string label, Func<IEngineProgress, T> work)
    {
        if (quiet || !context.Interactive)
            return work(new Silent());
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new RateColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                // Started when the engine says how many replications it will run (after skipping saved ones).
                var task = progress.AddTask(Markup.Escape(label), autoStart: false, maxValue: 1);
                result = work(new Live(task));
            });
        return result;
    }

    private sealed class Silent : IEngineProgress
    {
        public void Planned(int replications)
        {
        }

        public void Saved()
        {
        }
    }

    private sealed class Live(ProgressTask task) : IEngineProgress
    {
        private readonly Lock gate = new();
        private bool started;

        public void Planned(int replications)
        {
            lock (gate)
            {
                if (started)
                {
                    task.MaxValue += replications;
                    return;
                }
                task.MaxValue = replications;
                task.StartTask();
                started = true;
            }
        }

        public void Saved()
        {
            lock (gate)
                task.Increment(1);
        }
    }

    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value.ToString("0", CultureInfo.InvariantCulture)}/{task.MaxValue.ToString("0", CultureInfo.InvariantCulture)} replications");
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? speed.ToString("0.0", CultureInfo.InvariantCulture) + "/s" : "–/s");
    }
}
