using Planner.Simulation.Kernel;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The inflow that holds a caseload (inflow.steady): a unit chief knows the households on the books and the staff,
/// rarely the first applications that keep that caseload. In the steady state (<see cref="SteadyStart"/>) the
/// households carried into a month are the spells starting a month × the months a spell is carried, so
/// spells starting = households ÷ months per spell; re-entries supply the re-entry probability of them (every
/// spell ends, and that share of leavers return), and first applications the rest, divided by the path's
/// multiplier at the start. The load those applications bring changes the exits, so the balance is found by a
/// few rounds from the given inflow.
/// </summary>
public static class SteadyInflow
{
    private const int Rounds = 5;

    /// <summary>The numbers of the balance, for the model and for the arithmetic the command line prints.</summary>
    public sealed record Arithmetic(
        int Households, double MonthsPerSpell, double SpellStartsPerMonth, double ReentryProbability,
        double ReentriesPerMonth, double PathAtStart, double FirstApplicationsPerMonth);

    public static Arithmetic Derive(UnitParameters parameters)
    {
        var calendar = new Calendar(parameters.StartDate, 1);
        var unit = parameters;
        Arithmetic? a = null;
        for (int round = 0; round < Rounds; round++)
        {
            var inflow = new Inflow(unit.Inflow, calendar, new RandomStreams(0, 0).Get("steady-inflow"));
            double path = inflow.PathAt(0);
            var steady = new SteadyStart(unit, new MeetingPlan(unit.Work), new Exits(unit.Exits), path);
            double starts = steady.SpellStartsPerMonth, reentry = unit.Exits.ReentryProbability;
            double first = path > 0 ? starts * (1 - reentry) / path : 0;
            a = new Arithmetic(unit.InitialHouseholds, steady.Stock.CarriedMonthsPerSpell, starts, reentry, starts * reentry, path, first);
            unit = unit with { Inflow = unit.Inflow with { ApplicationsPerMonth = first } };
        }
        return a!;
    }

    /// <summary>The parameters with the derived first applications in place, if the inflow is steady.</summary>
    public static UnitParameters Apply(UnitParameters parameters) =>
        parameters.Inflow.Steady
            ? parameters with { Inflow = parameters.Inflow with { ApplicationsPerMonth = Derive(parameters).FirstApplicationsPerMonth } }
            : parameters;
}
