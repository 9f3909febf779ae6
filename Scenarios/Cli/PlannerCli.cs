using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>The `planner` command line, callable from tests with their own writers.</summary>
public static class PlannerCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Only the real console can host a live progress bar; a test's writer or a redirected stream gets plain text.
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        return Run(args, new CliContext(stdout, stderr, interactive));
    }

    /// <param name="cancellation">Stops the command as Ctrl+C does (tests use it to interrupt a run).</param>
    public static int Run(string[] args, CliContext context, CancellationToken cancellation = default)
    {
        var root = BuildCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
            return ReportParseErrors(parse, context);
        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            // Signals are handled by Interruption, which tells Ctrl+C from SIGTERM in the exit code.
            ProcessTerminationTimeout = null,
            // Our own handler below: one line for the user, never a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        using var interruption = new Interruption(cancellation);
        try
        {
            return interruption.Wait(parse.InvokeAsync(configuration, interruption.Token));
        }
        catch (Exception e)
        {
            return Unexpected(e, context);
        }
    }

    /// <summary>
    /// The last line of defence: a failure no command caught. A failure of the machine (disk, memory, permissions) is
    /// said as such; anything else is a fault of Planner, reported in one line (PLANNER_DEBUG=1 adds the stack trace).
    /// </summary>
    private static int Unexpected(Exception e, CliContext context)
    {
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            e = aggregate.InnerExceptions[0];
        if (Failures.Describe(e, null) is { } failure)
        {
            context.Error.WriteLine(failure.Message);
            return failure.Exit;
        }
        context.Error.WriteLine($"error: Planner failed unexpectedly ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); "
            + "this is a fault of Planner, not of your input: please report it with the command you ran. Replications already saved are kept.");
        if (Environment.GetEnvironmentVariable("PLANNER_DEBUG") == "1")
            context.Error.WriteLine(e.ToString());
        return ExitCodes.RunFailed;
    }

    /// <summary>The standard help, followed by what the exit codes mean.</summary>
    private sealed class HelpWithExitCodes(HelpAction help, CliContext context) : SynchronousCommandLineAction
    {
        // As the standard help does: `COMMAND --help` without the command's arguments is not an error.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = help.Invoke(parseResult);
            context.Out.WriteLine(ExitCodes.Help);
            context.Out.WriteLine();
            return exit;
        }
    }

    public static Command BuildCommand(CliContext context)
    {
        // A plain Command named "planner" instead of RootCommand: RootCommand takes its name from the host
        // process, which under a test runner is "testhost" and would garble the help text.
        var root = new Command("planner",
            "Planner: a discrete-event simulation of a municipal unit for ekonomiskt bistånd (social assistance). "
            + "Runs scenario files and reports staff, client and cost figures with 95 % confidence intervals.");
        var help = new HelpOption { Recursive = true };
        help.Action = new HelpWithExitCodes((HelpAction)help.Action!, context);
        root.Options.Add(help);
        // In the order a user meets them: run and compare first, the research and cluster tools after, the file helpers last.
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(PlotCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ExperimentCommand.Create(context));
        root.Subcommands.Add(SensitivityCommand.Create(context));
        root.Subcommands.Add(CalibrateCommand.Create(context));
        root.Subcommands.Add(ValidateFitCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(MergeCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(FieldsCommand.Create(context));
        return root;
    }

    private static int ReportParseErrors(ParseResult parse, CliContext context)
    {
        var command = parse.CommandResult.Command;
        foreach (var error in parse.Errors)
            context.Error.WriteLine("error: " + Explain(error, parse));
        var optionNames = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        foreach (var token in parse.UnmatchedTokens.Where(t => t.StartsWith('-')))
        {
            if (TextMatching.Closest(token, optionNames) is { } near)
                context.Error.WriteLine($"Did you mean '{near}'?");
        }
        context.Error.WriteLine($"Run '{CommandPath(parse)} --help' for usage.");
        return ExitCodes.BadInput;
    }

    /// <summary>A missing or extra file said in the command's own words; other parse errors as the parser words them.</summary>
    private static string Explain(ParseError error, ParseResult parse)
    {
        if (error.SymbolResult is ArgumentResult { Argument: var argument } result && result.Tokens.Count < argument.Arity.MinimumNumberOfValues)
            return $"{CommandPath(parse)}: expected {Count(argument.Arity)} {argument.Name}, got {result.Tokens.Count}. {argument.Name}: {argument.Description}";
        var extra = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-') && error.Message.Contains($"'{t}'", StringComparison.Ordinal));
        if (extra is not null && parse.CommandResult.Command.Arguments is [{ Arity.MaximumNumberOfValues: > 0 } only])
            return $"{CommandPath(parse)} takes {Count(only.Arity)} {only.Name}; '{extra}' is one too many";
        return error.Message;
    }

    private static string Count(ArgumentArity arity) =>
        arity.MinimumNumberOfValues == arity.MaximumNumberOfValues
            ? (arity.MinimumNumberOfValues == 1 ? "one" : arity.MinimumNumberOfValues.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : $"{arity.MinimumNumberOfValues} or more";

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
            names.Insert(0, result.Command.Name);
        return string.Join(' ', names);
    }
}
