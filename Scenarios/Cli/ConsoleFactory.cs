using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>A Spectre console on the context's writer: colours and live display only when a person is watching.</summary>
public static class ConsoleFactory
{
    public static IAnsiConsole Create(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = context.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(context.Out),
        });
        if (!context.Interactive)
            console.Profile.Width = 160; // a redirected stream has no width; without this tables wrap at 80
        return console;
    }
}
