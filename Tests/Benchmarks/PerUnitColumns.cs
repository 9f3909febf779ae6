using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Planner.Benchmarks;

/// <summary>
/// Two derived columns, "units/s" and "B/unit", computed from BenchmarkDotNet's mean time and
/// allocated bytes per operation and the <see cref="UnitsPerOperationAttribute"/> of the benchmark.
/// </summary>
public sealed class PerUnitColumns : IColumn
{
    private readonly bool bytes;

    private PerUnitColumns(bool bytes) => this.bytes = bytes;

    public static IColumn Throughput { get; } = new PerUnitColumns(false);

    public static IColumn BytesPerUnit { get; } = new PerUnitColumns(true);

    public string Id => bytes ? "BytesPerUnit" : "UnitsPerSecond";

    public string ColumnName => bytes ? "B/unit" : "Units/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => bytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => bytes
        ? "Bytes allocated per simulated unit (see [UnitsPerOperation])"
        : "Simulated units per second (see [UnitsPerOperation])";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var units = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<UnitsPerOperationAttribute>()
                    ?? benchmarkCase.Descriptor.Type.GetCustomAttribute<UnitsPerOperationAttribute>();
        var report = summary[benchmarkCase];
        if (units is null || report?.ResultStatistics is null) return "-";
        double count = units.Count;
        if (units.Parameter is { } name)
            count *= Convert.ToDouble(benchmarkCase.Parameters[name], CultureInfo.InvariantCulture);
        if (bytes)
        {
            long perOperation = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? -1;
            return perOperation < 0 ? "-" : (perOperation / count).ToString("F1", CultureInfo.InvariantCulture) + " B/" + units.Unit;
        }
        double seconds = report.ResultStatistics.Mean * 1e-9;
        return (count / seconds).ToString("N0", CultureInfo.InvariantCulture) + " " + units.Unit + "s/s";
    }
}
