using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Designs;

/// <summary>
/// The Globen focus model (S000, Stockholm): each caseworker with a krets holds a few focus clients — the
/// households longest on assistance that were not focus clients in the last round — and rotates them every
/// RotationMonths; a focus client who leaves is replaced at the next month start. The biträdande enhetschef
/// follows every focus client up monthly, which costs her hours (design running cost). The focused work raises
/// a focus client's exit hazard, and having focus clients lowers the worker's strain target (control, S000).
/// Its figures and counters are its own (<see cref="IDeclaresMetrics"/>): nothing central lists them.
/// </summary>
internal sealed class Globen(GlobenParameters p) : IMonthlyDesign, IStaffDesign, IDeclaresMetrics
{
    public const string FocusClientsKey = "globen_focus_clients_per_worker";
    public const string DeputyHoursKey = "globen_deputy_hours_per_month";

    private static readonly CounterKey FocusClientMonths = new("globen.focus_client_months"),
        KretsFteMonths = new("globen.krets_fte_months"), DeputyHours = new("globen.deputy_hours");

    public static IReadOnlyList<DeclaredMetric> Metrics { get; } =
    [
        new(new(FocusClientsKey, "Globen focus clients", "households/FTE", "Focus clients per FTE in posts with a krets, mean over months (S000: 6, later 15 per worker).", false)
            { Swedish = "Globen: fokusklienter", Better = Better.Neither },
            s => CounterSums.Ratio(s[FocusClientMonths], s[KretsFteMonths])),
        new(new(DeputyHoursKey, "Globen follow-up", "h/month", "Hours the biträdande enhetschef spends following up focus clients (S000), per month; their cost is part of the design running cost.", false)
            { Swedish = "Globen: uppföljning", Better = Better.Lower },
            s => CounterSums.Ratio(s[DeputyHours], s.Months)),
    ];

    private UnitSimulation unit = null!;
    private readonly HashSet<int> focus = [], previous = [];
    private int[] focusOf = [];

    public void Attach(UnitSimulation unit)
    {
        this.unit = unit;
        focusOf = new int[unit.Posts.Count];
    }

    /// <summary>The households a focus client of the run has been (for tests that follow them).</summary>
    internal HashSet<int> EverFocus { get; } = [];

    public void BeginMonth(int month)
    {
        bool rotate = month % p.RotationMonths == 0;
        if (rotate)
        {
            previous.Clear();
            previous.UnionWith(focus);
            focus.Clear();
        }
        var candidates = new List<Household>();
        foreach (var c in unit.Posts)
        {
            focusOf[c.Slot] = 0;
            if (!c.Filled || !c.HoldsCaseload) continue;
            // Who is still here: a focus client who left is no longer anyone's; one moved in from another krets beyond
            // the worker's number loses the focus.
            int held = 0;
            candidates.Clear();
            foreach (int slot in c.Caseload)
            {
                var h = unit.HouseholdAt(slot);
                if (focus.Contains(h.Id))
                {
                    if (held < p.FocusClientsPerWorker) held++;
                    else focus.Remove(h.Id);
                }
                else if (!previous.Contains(h.Id)) candidates.Add(h);
            }
            // Longest on assistance first (S000: the priority cases); ties by household number, so the choice is reproducible.
            candidates.Sort((a, b) => a.MonthsOnAssistance != b.MonthsOnAssistance ? b.MonthsOnAssistance.CompareTo(a.MonthsOnAssistance) : a.Id.CompareTo(b.Id));
            for (int k = 0; k < candidates.Count && held < p.FocusClientsPerWorker; k++, held++)
            {
                focus.Add(candidates[k].Id);
                EverFocus.Add(candidates[k].Id);
            }
            focusOf[c.Slot] = held;
        }
    }

    public void AdjustExit(Household h, ref double hazard, ref double refusalFactor)
    {
        if (focus.Contains(h.Id)) hazard *= 1 + p.FocusExitEffect;
    }

    public void EndMonth(int month)
    {
        int clients = 0;
        double fte = 0;
        foreach (var c in unit.Posts)
        {
            if (!c.Filled || !c.HoldsCaseload) continue;
            fte += c.Fte;
            clients += focusOf[c.Slot];
        }
        double hours = clients * p.DeputyHoursPerFocusClientMonth;
        var m = unit.Metrics;
        m.Add(FocusClientMonths, clients);
        m.Add(KretsFteMonths, fte);
        m.Add(DeputyHours, hours);
        m.Add(Counter.DesignCost, hours * p.DeputyCostPerHour);
    }

    public double StrainShift(Caseworker c, int day) => c.IsPresent && focusOf[c.Slot] > 0 ? -p.StrainRelief : 0;
}
