using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// The steady state a unit is taken to be in on day 0, before any design is adopted: a static balance of
/// its hours and its caseload (ODD §5). From the parameters alone (the designs block is ignored, so every
/// design starts from the same unit, the same households and the same staff state) it finds, by a few
/// fixed-point rounds, the month's applications, each caseworker's demanded and available hours, the
/// load ratio and the strain it implies, the disengaged and the turnover at that strain and what they cost
/// in capacity, the share of planned client work crowded out, the share of planned meetings held and the
/// handovers turnover brings — and with these the stock's steady mix of classes, distances and durations
/// (<see cref="InitialStock"/>). The initial stock, the households who left before day 0 and will return,
/// the applications under way and the initial holders' state come from here, so the run starts near the
/// level it keeps instead of drifting towards it.
/// </summary>
internal sealed class SteadyStart
{
    private const int Rounds = 4;
    // Spread of strain across caseworkers and days in a steady unit (newcomers on the ramp, colleagues of a
    // vacancy, novices, the disengaged), taken as normal: 0.19 reproduces the disengaged share of the
    // baseline's long runs. Only the share above the disengagement threshold is taken from it.
    private const double StrainSpread = 0.19;
    private readonly UnitParameters p;
    private readonly double documentation, monthWorkingDays, hoursPerDay;
    private double meetingHours, partnerHours, needHours, extraHours, metShare, meetingShareDue;
    private readonly double relief;

    public SteadyStart(UnitParameters parameters, MeetingPlan plan, Exits exits, double pathAtStart)
    {
        var lastMonthBefore = parameters.StartDate.AddMonths(-1).Month;
        p = parameters;
        var w = p.Work;
        documentation = 1 + p.Staff.DocumentationPerClientHour;
        monthWorkingDays = Calendar.WorkingDaysPerYear / 12;
        hoursPerDay = WorkDay.AvailableHours(p.Staff, fte: 1, rampCapacity: 1, engagement: 1);

        double fte = 0;
        int posts = 0;
        foreach (var g in p.Staff.Caseworkers)
        {
            fte += g.Count * g.Fte;
            posts += g.Count;
        }
        // The chief's support is there only while the chief is (Manager).
        relief = Model.Strain.Relief(p.Strain, p.Staff.ManagerSupportHoursPerWeek, posts) * (1 - Manager.ExpectedAwayShare(p.Manager));

        var e = p.Exits;
        var t = p.Turnover;
        var intro = p.Introduction;
        double strain = p.Strain.Inherent, held = 1, crowding = 1, handovers = 0, metOtherwise = 0;
        var need = new ContactNeed(p.ContactNeed, w, documentation);
        var careerMoves = new CareerMoves(p.Turnover);
        var cn = p.ContactNeed;
        double[] partner = [w.PartnerHoursEnkel, w.PartnerHoursMedel, w.PartnerHoursTung];
        for (int round = 0; round < Rounds; round++)
        {
            Stock = new InitialStock(p, plan.Interval, exits.DurationFactors, held, crowding, handovers, metOtherwise, forDrawing: round == Rounds - 1);
            // Meetings planned from each household's decision month: the recently decided are not yet due. The contact
            // need by class and phase (a new plan in the first months, a new caseworker after a handover), and its part
            // beyond the routine meetings.
            meetingHours = partnerHours = needHours = extraHours = meetingShareDue = 0;
            double afterHandover = Math.Min(1, handovers * cn.HandoverMonths / 12);
            for (int c = 0; c < 3; c++)
            {
                var wc = (WeightClass)c;
                double young = Stock.ShareNewPlan(wc), dueShare = Stock.ShareDue(wc), routine = plan.HoursWhenDue(wc);
                double phase = young * Math.Max(cn.NewPlanFactor, 1) + (1 - young) * (1 + (cn.HandoverFactor - 1) * afterHandover);
                double classNeed = need.ClassNeed(wc) * phase;
                meetingHours += Stock.StockShare[c] * dueShare * routine;
                meetingShareDue += Stock.StockShare[c] * dueShare;
                partnerHours += Stock.StockShare[c] * partner[c];
                needHours += Stock.StockShare[c] * classNeed;
                extraHours += Stock.StockShare[c] * (dueShare * Math.Max(0, classNeed - routine) + (1 - dueShare) * classNeed);
            }
            SpellStartsPerMonth = Stock.CarriedMonthsPerSpell > 0 ? p.InitialHouseholds / Stock.CarriedMonthsPerSpell : 0;
            ApplicationsPerMonth = p.Inflow.ApplicationsPerMonth * pathAtStart + e.ReentryProbability * SpellStartsPerMonth;
            PresentShare = Math.Clamp(1 - (p.Absence.VacationDaysPerYear + SickDaysPerYear(strain)) / Calendar.WorkingDaysPerYear, 0.05, 1);
            LongSickShare = LongSickDaysPerYear(strain) / Calendar.WorkingDaysPerYear;

            // Staff: the disengaged (the strain distribution's tail above the threshold), turnover at the typical
            // strain, and what it costs in capacity — newcomers on the ramp, colleagues' introduction hours. (A
            // vacancy's krets goes round the colleagues, whose month plans are already made, until the new hire
            // takes a share back: its effect on the load is small and left out.)
            // Of those above the threshold, the disengaged are the ones who tipped (monthly hazard) and have not yet
            // left: resigned (the disengaged resign more) or come back from a long sick spell.
            // The mechanism's rate (Turnover) averaged over the strain spread: log-linear in strain, so like the
            // long-spell rate its mean over the spread is above its value at the mean.
            double resignation = Turnover.StrainRatePerYear(t, strain, StrainSpread);
            double tip = p.Strain.DisengagementHazard;
            double leave = (resignation * t.DisengagedMultiplier + careerMoves.SteadyRatePerYear(round == 0 ? resignation : TurnoverPerYear, t.NewGraduateShare) + Absence.LongSpellsPerYear(p.Absence, strain)) / 12;
            DisengagedShare = tip > 0 ? UpperTail((p.Strain.DisengagementThreshold - strain) / StrainSpread) * tip / (tip + leave) : 0;
            double turnover = resignation * (1 + DisengagedShare * (t.DisengagedMultiplier - 1))
                              + careerMoves.SteadyRatePerYear(round == 0 ? resignation : TurnoverPerYear, t.NewGraduateShare);
            TurnoverPerYear = turnover;
            double g = t.NewGraduateShare;
            double rampLoss = Math.Min(0.9, turnover * (g * (1 - intro.StartingCapacity) * intro.Months / 2
                                                        + (1 - g) * (1 - intro.ExperiencedStartingCapacity) * intro.Months / 4) / 12);
            double introHours = turnover * intro.Months / 2 / 12 * intro.ColleagueHoursPerWeek / 5;
            CapacityShare = Math.Max(0.05, (1 - rampLoss) * (1 - DisengagedShare * p.Strain.DisengagedProductivityLoss)
                                           - introHours / Math.Max(1e-9, hoursPerDay));

            double perFte = fte > 0 ? 1 / fte : 0;
            var (deadline, planned) = DemandPerPresentDay(p.InitialHouseholds * perFte, ApplicationsPerMonth * perFte);
            double available = hoursPerDay * CapacityShare;
            LoadRatio = (deadline + planned) / available;
            // Meetings and partner work share what the deadline work and the documentation leave, at the same
            // pace; a planned meeting that does not fit lapses.
            double room = Math.Max(0, available - deadline);
            double doneShare = planned > 0 ? Math.Min(1, room / planned) : 1;
            // What the routine leaves goes to the need beyond it, on days at work (ContactNeed).
            double extraPerDay = p.InitialHouseholds * perFte * extraHours * documentation / monthWorkingDays;
            double extraDone = extraPerDay > 0 ? Math.Min(1, PresentShare * Math.Max(0, room - planned) / extraPerDay) : 0;
            double wanted = Math.Max(meetingHours, needHours) + partnerHours;
            CrowdedOut = wanted > 0
                ? Math.Clamp(1 - (PresentShare * doneShare * (meetingHours + partnerHours) + extraDone * extraHours) / wanted, 0, 1)
                : 0;
            // A booked meeting the household does not come to spends the hours without meeting it (no-shows).
            held = PresentShare * doneShare * (1 - cn.NoShowShare);
            metShare = Math.Min(1, held * meetingShareDue + metOtherwise);
            metOtherwise = needHours > 0 ? Math.Min(1, extraDone * extraHours / needHours) * (1 - cn.NoShowShare) : 0;

            NoviceShare = NoviceShareAtStart(fte, turnover);
            AtWorkStrain = StrainTarget(LoadRatio, NoviceShare);
            // Away (vacation, short sick leave) strain falls towards the inherent level.
            strain = PresentShare * AtWorkStrain + (1 - PresentShare) * Model.Strain.AwayTarget(p.Strain, relief);
            // A leaver's krets is handed over once, and a share of it again to the newcomer.
            HandoversPerYear = handovers = turnover * (1 + intro.StartingCapacity);
            crowding = 1 - e.OverloadPenalty * CrowdedOut;
        }
        Strain = strain;
        // The month before the start: strain and smoothed hours then follow that month's load, which in summer
        // carries the vacation block and otherwise only the spread days.
        var a = p.Absence;
        int block = Math.Min(a.SummerBlockWeeks, a.VacationDaysPerYear / 5);
        double vacation = lastMonthBefore is >= 6 and <= 8
            ? block * 5 / (3 * monthWorkingDays) + (a.VacationDaysPerYear - 5.0 * block) / Calendar.WorkingDaysPerYear
            : (a.VacationDaysPerYear - 5.0 * block) / (9 * monthWorkingDays);
        StartPresentShare = Math.Clamp(1 - vacation - SickDaysPerYear(strain) / Calendar.WorkingDaysPerYear, 0.05, 1);
    }

    /// <summary>Share of working days at work in the month before the start (the season matters: summer vacation).</summary>
    public double StartPresentShare { get; }

    /// <summary>The day-0 stock's mix of classes, distances and durations.</summary>
    public InitialStock Stock { get; private set; } = null!;
    /// <summary>Spells starting a month in the steady state that holds the initial stock.</summary>
    public double SpellStartsPerMonth { get; private set; }
    /// <summary>Applications in the first month: new ones (by the path at the start) and the returning.</summary>
    public double ApplicationsPerMonth { get; private set; }
    /// <summary>Share of working days at work (vacation and sick leave at the typical strain away).</summary>
    public double PresentShare { get; private set; }
    /// <summary>Demanded ÷ available hours of a full-capacity caseworker with a typical krets.</summary>
    public double LoadRatio { get; private set; }
    /// <summary>Share of planned meetings and partner work not done (absence and lack of time).</summary>
    public double CrowdedOut { get; private set; }
    /// <summary>Share of holders disengaged: the part of the strain distribution above the threshold.</summary>
    public double DisengagedShare { get; private set; }
    /// <summary>Share of working days on a long (exhaustion) sick spell.</summary>
    public double LongSickShare { get; private set; }
    /// <summary>Share of the posts' nominal hours actually there: vacancies, ramps, disengagement, introduction hours.</summary>
    public double CapacityShare { get; private set; }
    /// <summary>Caseworker changes per household and year that turnover at the typical strain brings.</summary>
    public double HandoversPerYear { get; private set; }
    /// <summary>Resignations per filled post and year at the typical strain (the disengaged's included).</summary>
    public double TurnoverPerYear { get; private set; }
    /// <summary>Share of the day-0 staff (by FTE) with under 12 months' experience.</summary>
    public double NoviceShare { get; private set; }
    /// <summary>Typical strain of the unit's caseworkers over a year (at work and away).</summary>
    public double Strain { get; }
    /// <summary>The strain target at work at the typical load.</summary>
    public double AtWorkStrain { get; private set; }

    /// <summary>Households who left before day 0 and will re-apply: the steady state's pool of returns still to come.</summary>
    public int ReentryPool => (int)Math.Round(p.Exits.ReentryProbability * SpellStartsPerMonth * p.Exits.ReentryMeanMonths);

    /// <summary>
    /// Hours a caseworker is asked for per day at work with this many households carried into the month
    /// and new applications a month (per FTE): deadline work with its documentation, which waits for the
    /// days at work, and the month's planned meetings and partner work with theirs, which lapse on days
    /// away. The month's new households were met at their nybesök and join the plan from the next month.
    /// </summary>
    public (double Deadline, double Planned) DemandPerPresentDay(double households, double applications) =>
        DemandPerPresentDay(households, applications, PresentShare);

    /// <summary>The same with a given share of working days at work (<see cref="StartPresentShare"/> for the day-0 staff).</summary>
    public (double Deadline, double Planned) DemandPerPresentDay(double households, double applications, double presentShare)
    {
        var w = p.Work;
        // Receipt checks and the new calculations they and the month's meetings bring are deadline work too (Audits).
        var au = p.Audits;
        double checks = au.PerWorkerPerMonth * (au.HoursPerAudit + au.FindingShare * au.HoursPerChange);
        double changes = households * metShare * au.ChangeFoundPerMeeting * au.HoursPerChange;
        double deadline = (applications * w.NewApplicationHours + households * w.ReapplicationHours + checks + changes) * documentation
                          / (presentShare * monthWorkingDays);
        double planned = households * (meetingHours + partnerHours) * documentation / monthWorkingDays;
        return (deadline, planned);
    }

    /// <summary>
    /// The day-0 novices (under 12 months' experience): P(x &lt; 12) of the exponential with a group's mean experience,
    /// or, for a group left to the steady state, the new graduates among those hired in the last 12 months,
    /// g (1 − e^(−turnover)) (consultant posts hire no graduates).
    /// </summary>
    private double NoviceShareAtStart(double fte, double turnoverPerYear)
    {
        if (fte <= 0) return 0;
        double novices = 0;
        foreach (var g in p.Staff.Caseworkers)
        {
            double share = g.MeanExperienceMonths is { } mean
                ? mean > 0 ? 1 - Math.Exp(-12 / mean) : 1
                : g.Contract == "consultant" ? 0 : p.Turnover.NewGraduateShare * (1 - Math.Exp(-turnoverPerYear));
            novices += g.Count * g.Fte * share;
        }
        return novices / fte;
    }

    /// <summary>Daily hours of casework of a post at full capacity: the FTE × a full-time post's (<see cref="WorkDay.AvailableHours(Parameters.StaffParameters, double, double, double)"/>).</summary>
    public double HoursPerDay(double fte) => fte * hoursPerDay;

    /// <summary>The strain target at work for a load ratio (novice: share of a novice's extra strain), with the chief's expected relief.</summary>
    public double StrainTarget(double loadRatio, double novice) => Model.Strain.Target(p.Strain, loadRatio, novice, relief);

    /// <summary>Sick days per year at a strain: short spells of their mean length, and long ones (<see cref="Absence"/>'s rates).</summary>
    private double SickDaysPerYear(double strain)
    {
        var a = p.Absence;
        return Absence.ShortSpellsPerYear(a, strain) * Absence.MeanShortSpellWorkingDays(a) + LongSickDaysPerYear(strain);
    }

    /// <summary>
    /// Long-spell working days: the mechanism's rate averaged over the strain spread (exponential in strain, so its
    /// mean over the spread is above its value at the mean), times the mean spell's working days.
    /// </summary>
    private double LongSickDaysPerYear(double strain)
    {
        var a = p.Absence;
        return Absence.LongSpellsPerYear(a, strain, StrainSpread) * Absence.MeanLongSpellMonths(a) * Calendar.DaysPerMonth * 5 / 7;
    }

    /// <summary>P(Z > z) for a standard normal Z.</summary>
    private static double UpperTail(double z) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(z / Math.Sqrt(2));
}
