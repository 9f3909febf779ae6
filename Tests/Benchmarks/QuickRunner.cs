using System.Reflection;

namespace Planner.Benchmarks;

/// <summary>Finds every <see cref="IQuickBenchmark"/> in this assembly and runs those whose name matches.</summary>
public static class QuickRunner
{
    public static int Run(IReadOnlyList<string> filters, TextWriter output)
    {
        var all = Discover(typeof(QuickRunner).Assembly);
        var selected = all.Where(b => filters.Count == 0 || filters.Any(f => b.Name.Contains(f, StringComparison.OrdinalIgnoreCase))).ToList();
        if (selected.Count == 0)
        {
            output.WriteLine($"No quick benchmark matches; available: {string.Join(", ", all.Select(b => b.Name))}");
            return 1;
        }
#if DEBUG
        output.WriteLine("Warning: Debug build; run with -c Release for meaningful figures.");
#endif
        foreach (var benchmark in selected)
        {
            benchmark.Run(output);
        }
        return 0;
    }

    public static IReadOnlyList<IQuickBenchmark> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQuickBenchmark).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IQuickBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
}
