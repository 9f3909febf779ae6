using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>How a month on assistance ended for one household.</summary>
public enum ExitRoute : byte { None, Work, Studies, OtherBenefit, Moved, Refused }

/// <summary>
/// The monthly exit decision (MODEL.md §3.5). Hazard = base(distance) × exp(−decay × months)
/// × (1 + meeting effect if met) × max(0, 1 − handover penalty × handovers in 12 months)
/// × (1 − overload penalty × crowded-out share) ÷ path^elasticity; a separate refusal (avslag) hazard
/// ends other spells. Every household draws the same five uniforms every month whether or not it
/// leaves, so its stream stays aligned across designs (common random numbers).
/// </summary>
internal sealed class Exits
{
    private readonly ExitParameters p;
    private readonly double[] durationFactor = new double[InitialStock.MaxMonths];
    // Indexed by a flag (0 or 1) rather than branched on: the flags are unpredictable from one household to
    // the next, and a multiplication by exactly 1 changes nothing.
    private readonly double[] baseByDistance, meetingFactor;

    public Exits(ExitParameters parameters)
    {
        p = parameters;
        for (int m = 0; m < durationFactor.Length; m++) durationFactor[m] = DurationFactor(m);
        baseByDistance = [p.BaseHazardNear, p.BaseHazardFar];
        meetingFactor = [1.0, 1 + p.MeetingEffect];
    }

    private double DurationFactor(int months) => Math.Exp(-p.DurationDecay * months);

    /// <summary>exp(−decay × m) for m = 0 … <see cref="InitialStock.MaxMonths"/> − 1 (a century); the steady start reads it too.</summary>
    internal double[] DurationFactors => durationFactor;

    /// <summary>Mean months before a leaver who returns re-applies (the exponential delay's mean).</summary>
    public double ReentryMeanMonths => p.ReentryMeanMonths;

    /// <summary>The labour-market factor ÷ path^elasticity, computed once a month rather than per household.</summary>
    public double LabourMarketFactor(double path) =>
        p.LabourMarketElasticity > 0 && path > 0 ? Math.Pow(path, -p.LabourMarketElasticity) : 1.0;

    /// <summary>The caseworker's part of the hazard, 1 − overload penalty × crowded-out share: one number per krets and month.</summary>
    public double OverloadFactor(double crowdedOut) => 1 - p.OverloadPenalty * Math.Clamp(crowdedOut, 0, 1);

    /// <summary>The hazard, given the krets's <see cref="OverloadFactor"/> (the month-end loop takes it once per krets).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Hazard(Household h, int handoversLastYear, double overloadFactor, double labourMarketFactor)
    {
        double baseHazard = baseByDistance[h.FarFromLabourMarket ? 1 : 0];
        int months = h.MonthsOnAssistance;
        double hazard = baseHazard * ((uint)months < (uint)durationFactor.Length ? durationFactor[months] : DurationFactor(months));
        hazard *= meetingFactor[h.MetThisMonth ? 1 : 0];
        // Most households had no handover in the year: their factor is exactly 1, and multiplying by it changes nothing.
        if (handoversLastYear != 0) hazard *= Math.Max(0, 1 - p.HandoverPenalty * handoversLastYear);
        hazard *= overloadFactor;
        hazard *= labourMarketFactor;
        return Math.Clamp(hazard, 0, 1);
    }

    /// <summary>
    /// Draws the month's outcome. <paramref name="reentryDelayMonths"/> is set when the household will
    /// re-apply (återaktualisering) after that many months, otherwise −1. A design may scale the refusal
    /// hazard (FAS: decisions in the meeting, S004); the draws stay the same.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ExitRoute Draw(Household h, double hazard, out double reentryDelayMonths, double refusalFactor = 1.0)
    {
        // The five uniforms in their order — exit, route, refusal, re-entry, delay — each taken whether used or not;
        // one not needed is skipped (the stream moves on the same, without computing the number). They are drawn on a
        // copy of the household's stream, written back once below: the copy's state stays in registers for the five
        // steps instead of going through the household's memory at each (this runs for every household every month).
        var r = h.Random;
        double uExit = r.NextDouble(), uRoute = 0, uRefusal = 0, uReentry = 0, uDelay = 0;
        bool leaves = uExit < hazard;
        if (leaves)
        {
            uRoute = r.NextDouble();
            r.Skip(1);
        }
        else
        {
            r.Skip(1);
            uRefusal = r.NextDouble();
        }
        bool refused = !leaves && uRefusal < p.RefusalHazard * refusalFactor;
        if (leaves || refused)
        {
            uReentry = r.NextDouble();
            uDelay = r.NextDouble();
        }
        else r.Skip(2);
        h.Random = r;

        reentryDelayMonths = -1;
        if (!leaves && !refused) return ExitRoute.None;
        // S002: after a refusal some become self-supporting at once, others return: the same re-entry rule covers both.
        var route = refused ? ExitRoute.Refused
            : uRoute < p.ShareToWork ? ExitRoute.Work
            : uRoute < p.ShareToWork + p.ShareToStudies ? ExitRoute.Studies
            : uRoute < p.ShareToWork + p.ShareToStudies + p.ShareToOtherBenefit ? ExitRoute.OtherBenefit
            : ExitRoute.Moved;
        if (uReentry < p.ReentryProbability)
            reentryDelayMonths = -p.ReentryMeanMonths * Math.Log(1 - uDelay);
        return route;
    }

    public static bool IsSelfSufficiency(ExitRoute route) => route is ExitRoute.Work or ExitRoute.Studies;
}
