namespace Planner.Benchmarks;

/// <summary>
/// A plain Stopwatch measurement for <c>--quick</c> mode: seconds instead of BenchmarkDotNet's
/// minutes, printed as ratios a person reads (customers/s, bytes/customer). Any public class with a
/// parameterless constructor that implements this is found and run; nothing else needs registering.
/// </summary>
public interface IQuickBenchmark
{
    /// <summary>Short name, used to select it: <c>--quick NAME-SUBSTRING</c>.</summary>
    string Name { get; }

    void Run(TextWriter output);
}
