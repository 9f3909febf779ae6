using System.Globalization;
using System.Net;

namespace Planner.Viewer;

/// <summary>
/// How the dashboard is served and how much one request may ask for. The defaults are the safe ones: loopback
/// only, a store in the same place the command line keeps it, and limits that keep one browser from taking the
/// machine for an hour.
/// </summary>
public sealed record ViewerOptions
{
    /// <summary>Loopback unless the user says otherwise with --address.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port; the chosen one is printed.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The result store the runs go into and the history page reads: the command line's default.</summary>
    public string StorePath { get; init; } = Path.Combine("results", "planner.db");

    /// <summary>Largest request body (an uploaded scenario file, a form).</summary>
    public long MaxRequestBytes { get; init; } = 256 * 1024;

    public RunLimits Limits { get; init; } = new();

    public const int DefaultPort = 5080;

    public string Usage => """
        planner-viewer: the Planner dashboard in your web browser.

        Usage: dotnet run --project Viewer [-- OPTIONS]

          --port N        port to listen on (default 5080; 0 picks a free one; if 5080 is taken, a free one is used)
          --address IP    address to listen on (default 127.0.0.1, this computer only; e.g. 0.0.0.0 serves the
                          whole network, which has no login: only on a network you trust)
          --store FILE    the result store runs are saved in and "Tidigare körningar" lists
                          (default results/planner.db, the same as the planner command's)
          --help          this text
        """;

    /// <summary>The options from the command line, or the errors (exit code 2).</summary>
    public static ViewerOptions? Parse(IReadOnlyList<string> args, out IReadOnlyList<string> errors, out bool help)
    {
        var problems = new List<string>();
        var options = new ViewerOptions();
        help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count)
                    return args[++i];
                problems.Add($"{arg}: a value is missing");
                return null;
            }
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--port":
                    if (Value() is { } port)
                    {
                        if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 65535)
                            options = options with { Port = p };
                        else
                            problems.Add($"--port: \"{port}\" is not a port; expected a whole number 0–65535");
                    }
                    break;
                case "--address":
                    if (Value() is { } address)
                    {
                        if (IPAddress.TryParse(address, out var ip))
                            options = options with { Address = ip };
                        else
                            problems.Add($"--address: \"{address}\" is not an IP address; expected e.g. 127.0.0.1 or 0.0.0.0");
                    }
                    break;
                case "--store":
                    if (Value() is { } store)
                        options = options with { StorePath = store };
                    break;
                default:
                    problems.Add($"unknown option \"{arg}\"; --help lists the options");
                    break;
            }
        }
        errors = problems;
        return problems.Count == 0 ? options : null;
    }
}

/// <summary>What one run from the browser may ask for: the work is about replications × years × scenarios.</summary>
public sealed record RunLimits
{
    public int MaxReplications { get; init; } = 200;
    public double MaxYears { get; init; } = 20;
    public int MaxScenarios { get; init; } = 6;

    /// <summary>Replication-years over all scenarios (the library's 20 replications × 10 years is 200 a scenario): six such scenarios fit four times over.</summary>
    public double MaxReplicationYears { get; init; } = 4000;
}
