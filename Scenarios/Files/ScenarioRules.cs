using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Files;

/// <summary>
/// Rules that tie several fields together, all in one place. Each rule names the paths it reads; it is
/// skipped when one of them already has an error, because it would then judge a default, not the user's value.
/// </summary>
public static class ScenarioRules
{
    private const double Tolerance = 1e-9;

    internal sealed record Rule(string[] Paths, Func<Scenario, string?> Violation);

    private static readonly Rule[] Rules =
    [
        new(["$.inflow.shareEnkel", "$.inflow.shareTung"], s =>
            s.Unit.Inflow.ShareEnkel + s.Unit.Inflow.ShareTung <= 1 + Tolerance ? null
                : $"shareEnkel {N(s.Unit.Inflow.ShareEnkel)} + shareTung {N(s.Unit.Inflow.ShareTung)} = {N(s.Unit.Inflow.ShareEnkel + s.Unit.Inflow.ShareTung)}; the two may sum to at most 1 (medel takes the rest)"),

        new(["$.exits.shareToWork", "$.exits.shareToStudies", "$.exits.shareToOtherBenefit"], s =>
        {
            var e = s.Unit.Exits;
            var sum = e.ShareToWork + e.ShareToStudies + e.ShareToOtherBenefit;
            return sum <= 1 + Tolerance ? null
                : $"shareToWork {N(e.ShareToWork)} + shareToStudies {N(e.ShareToStudies)} + shareToOtherBenefit {N(e.ShareToOtherBenefit)} = {N(sum)}; they may sum to at most 1 (moved takes the rest)";
        }),

        new(["$.absence.longSpellMinMonths", "$.absence.longSpellMaxMonths"], s =>
            s.Unit.Absence.LongSpellMinMonths <= s.Unit.Absence.LongSpellMaxMonths ? null
                : $"longSpellMinMonths {N(s.Unit.Absence.LongSpellMinMonths)} is above longSpellMaxMonths {N(s.Unit.Absence.LongSpellMaxMonths)}; the shortest long spell may not exceed the longest"),

        new(["$.staff.caseworkers"], s =>
            s.Unit.Staff.Caseworkers.Sum(g => (long)g.Count) >= 1 ? null
                : "the caseworker groups hold 0 posts in total; expected at least 1 caseworker post"),

        new(["$.inflow.path"], s =>
        {
            var path = s.Unit.Inflow.Path;
            for (var i = 1; i < path.Count; i++)
            {
                if (path[i].Month <= path[i - 1].Month)
                    return $"point {i} is at month {N(path[i].Month)}, not after point {i - 1} at month {N(path[i - 1].Month)}; expected points in increasing month order";
            }
            return null;
        }),

        new(["$.name"], s => ResultFolderName.Problem(s.Name)),

        new(["$.changes", "$.staff.caseworkers"], s =>
        {
            var initial = s.Unit.Staff.Caseworkers.Sum(g => (long)g.Count);
            var added = s.Unit.Changes.Sum(c => c.Posts.Sum(p => (long)p.Add));
            return added == 0 || initial + added <= Bounds.MostPosts ? null
                : $"the {initial} posts at day 0 and the {added} posts the changes add come to {initial + added}; expected at most {Bounds.MostPosts} in all";
        }),

        new(["$.staff.caseworkers"], s =>
            s.Unit.Staff.Caseworkers.Sum(g => (long)g.Count) <= Bounds.MostPosts ? null
                : $"the caseworker groups hold {s.Unit.Staff.Caseworkers.Sum(g => (long)g.Count)} posts in total; expected at most {Bounds.MostPosts}"),

        .. DesignRules.All,
    ];

    public static IEnumerable<ScenarioError> Check(string file, Scenario scenario, JObject root, IReadOnlyList<ScenarioError> fieldErrors)
    {
        foreach (var rule in Rules)
        {
            if (rule.Paths.Any(p => fieldErrors.Any(e => e.Path is { } ep && IsAtOrBelow(ep, p))))
                continue;
            if (rule.Violation(scenario) is not { } message)
                continue;
            // The message points at the first of the rule's fields the file actually holds.
            var (path, token) = rule.Paths.Select(p => (Path: p, Token: root.SelectToken(p))).FirstOrDefault(x => x.Token is not null);
            var info = token as IJsonLineInfo;
            yield return info is not null && info.HasLineInfo()
                ? new ScenarioError(file, path, message, info.LineNumber, info.LinePosition)
                : new ScenarioError(file, rule.Paths[0], message);
        }
        foreach (var error in ChangeRules.Check(file, scenario, root, fieldErrors))
            yield return error;
    }

    private static bool IsAtOrBelow(string path, string ancestor) =>
        path == ancestor
        || (path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[');

    internal static string N(double value) => Planner.Simulation.Designs.DesignRule.N(value);
}
