namespace Planner.Simulation.Model;

/// <summary>
/// What a post is for (MODEL.md §2). The baseline unit has only generalists; organisational designs
/// add or re-label posts: a mottagning (intake group, S002), a beredskapsteam (S000), payment-only
/// ekonomihandläggare (S000, S003). Only generalist and intake posts hold a krets (caseload).
/// </summary>
public enum PostRole : byte
{
    /// <summary>Socialsekreterare with a krets: intake, re-applications, meetings, change work.</summary>
    Generalist,
    /// <summary>Mottagning: takes the new applications and holds new cases for a few months (S002, S000).</summary>
    Intake,
    /// <summary>Beredskapsteam member: takes over absent colleagues' urgent work (S000).</summary>
    Standby,
    /// <summary>Ekonomihandläggare: handles payment (monthly re-applications), no krets (S000, S003).</summary>
    Payment,
    /// <summary>Arbetsmarknadshandläggare: meets the job-seeking clients referred to them, no krets (S002).</summary>
    LabourMarket,
}

public static class PostRoles
{
    /// <summary>Whether posts of this role hold a krets of households.</summary>
    public static bool HoldsCaseload(this PostRole role) => role is PostRole.Generalist or PostRole.Intake;
}
