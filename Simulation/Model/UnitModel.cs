using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>How long to run and which random numbers to use; the experiment decides these, not the unit.</summary>
public sealed record ModelRun(double Years, ulong Seed, int Replication);

/// <summary>Entry point: one replication of the unit model.</summary>
public static class UnitModel
{
    public static ReplicationResult Run(UnitParameters parameters, ModelRun run) =>
        new UnitSimulation(parameters, run).Execute();
}
