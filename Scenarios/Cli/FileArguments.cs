using System.CommandLine;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>
/// A FILE… argument takes any token, so a mistyped option ("--replicatons") would otherwise be read as a
/// file name and fail later as "file not found". Reject such tokens here as unknown options, with a hint.
/// </summary>
public static class FileArguments
{
    /// <summary>Several files.</summary>
    public static Argument<string[]> Create(Command command, string description, ArgumentArity arity) =>
        Create<string[]>(command, description, arity);

    /// <summary>Exactly one file.</summary>
    public static Argument<string> One(Command command, string description) =>
        Create<string>(command, description, ArgumentArity.ExactlyOne);

    private static Argument<T> Create<T>(Command command, string description, ArgumentArity arity)
    {
        var files = new Argument<T>("FILE") { Description = description, Arity = arity };
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.Length > 1 && v.StartsWith('-')))
            {
                var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name));
                var hint = TextMatching.Closest(token, names) is { } near ? $" Did you mean '{near}'?" : "";
                result.AddError($"Unknown option '{token}'.{hint}");
            }
        });
        return files;
    }
}
