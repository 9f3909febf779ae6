using BenchmarkDotNet.Running;
using Planner.Benchmarks;

// `--quick [name...]`: Stopwatch ratios from every IQuickBenchmark in seconds.
// Anything else goes to BenchmarkDotNet, which finds every [Benchmark] class in this assembly,
// e.g. `-- --filter '*'` or `-- --filter '*Mmc*'`.
if (args.Length > 0 && args[0] == "--quick")
{
    return QuickRunner.Run(args[1..], Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
