using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Simulation.Designs;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Files;

/// <summary>
/// The rules of the changes block that tie a change to the horizon, to the unit and to the other changes: its day
/// inside the horizon, a design switch on a month's first day and only of designs that add no posts, no more posts
/// removed than the unit then has, and no two changes setting one thing on the same day. Skipped while a field of
/// the block, the start date or the horizon has an error of its own.
/// </summary>
public static class ChangeRules
{
    public static IEnumerable<ScenarioError> Check(string file, Scenario scenario, JObject root, IReadOnlyList<ScenarioError> fieldErrors)
    {
        var changes = scenario.Unit.Changes;
        if (changes.Count == 0) yield break;
        if (fieldErrors.Any(e => e.Path is { } p && (p.StartsWith("$.changes", StringComparison.Ordinal) || p == "$.startDate" || p == "$.run.years")))
            yield break;
        var errors = new List<(string Path, string Message)>();
        int months = Math.Max(1, (int)Math.Round(scenario.Run.Years * 12));
        var calendar = new Calendar(scenario.Unit.StartDate, months);
        var end = calendar.DateOf(calendar.Days - 1);
        var days = new int?[changes.Count];
        for (int i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            var at = $"$.changes[{i}]";
            if (c.Date is null == c.Month is null)
            {
                errors.Add((at, c.Date is null
                    ? "the change has neither a date nor a month; expected one of them, e.g. \"month\": 12 or \"date\": \"2028-01-01\""
                    : $"the change has both a date ({c.Date:yyyy-MM-dd}) and a month ({c.Month}); expected one of them"));
                continue;
            }
            if (c.Date is { } date && (date < scenario.Unit.StartDate || date > end))
            {
                errors.Add(($"{at}.date", $"\"{date:yyyy-MM-dd}\" is outside the horizon; expected a date from {scenario.Unit.StartDate:yyyy-MM-dd} to {end:yyyy-MM-dd} (startDate and run.years)"));
                continue;
            }
            if (c.Month is { } month && month >= months)
            {
                errors.Add(($"{at}.month", $"{month} is outside the horizon; expected a month from 0 to {months - 1} (run.years {ScenarioRules.N(scenario.Run.Years)} = {months} months)"));
                continue;
            }
            int day = UnitSimulation.DayOf(c, calendar);
            days[i] = day;
            if (c.Designs is { } d)
            {
                if (calendar.MonthStart(calendar.MonthOf(day)) != day)
                    errors.Add(($"{at}.date", $"\"{c.Date:yyyy-MM-dd}\" is inside a month; a design is switched on a month's first day, e.g. \"{calendar.DateOf(calendar.MonthStart(Math.Min(calendar.MonthOf(day) + 1, months - 1))):yyyy-MM-dd}\", or give the month"));
                foreach (var name in DesignParameters.Registered.Where(r => r.ShapesPosts && d.Get(r) is not null).Select(r => r.Name))
                    errors.Add(($"{at}.designs.{name}", $"the {name} design adds or re-labels posts, so it cannot be switched at a date; put it in the top-level designs block (from day 0), or add posts with \"posts\""));
            }
            for (int j = 0; j < c.Posts.Count; j++)
            {
                var p = c.Posts[j];
                if (p.Add > 0 && p.Remove > 0)
                    errors.Add(($"{at}.posts[{j}]", $"adds {p.Add} and removes {p.Remove} posts in one entry; expected one of add or remove"));
                else if (p.Add == 0 && p.Remove == 0)
                    errors.Add(($"{at}.posts[{j}]", "adds and removes no posts; expected \"add\" or \"remove\" of at least 1"));
            }
            if (c.Inflow is { } flow)
            {
                double enkel = flow.ShareEnkel ?? scenario.Unit.Inflow.ShareEnkel, tung = flow.ShareTung ?? scenario.Unit.Inflow.ShareTung;
                if (enkel + tung > 1 + 1e-9)
                    errors.Add(($"{at}.inflow", $"shareEnkel {ScenarioRules.N(enkel)} + shareTung {ScenarioRules.N(tung)} = {ScenarioRules.N(enkel + tung)}; the two may sum to at most 1 (medel takes the rest)"));
            }
        }
        SameDay(changes, days, errors);
        Staffing(scenario, changes, days, errors);
        foreach (var (path, message) in errors)
            yield return At(file, root, path, message);
    }

    /// <summary>Two changes on one day that set the same thing contradict each other (or say it twice): the second is named.</summary>
    private static void SameDay(IReadOnlyList<UnitChange> changes, int?[] days, List<(string, string)> errors)
    {
        var what = new (string Field, Func<UnitChange, bool> Sets)[]
        {
            ("consultantCover", c => c.ConsultantCover is not null), ("designs", c => c.Designs is not null),
            ("inflow", c => c.Inflow is not null), ("benefitPerHouseholdMonth", c => c.BenefitPerHouseholdMonth is not null),
            ("salaryPerMonth", c => c.SalaryPerMonth is not null),
        };
        for (int i = 0; i < changes.Count; i++)
        {
            if (days[i] is not { } day) continue;
            for (int k = 0; k < i; k++)
            {
                if (days[k] != day) continue;
                foreach (var (field, sets) in what)
                    if (sets(changes[i]) && sets(changes[k]))
                        errors.Add(($"$.changes[{i}].{field}", $"change {k} sets {field} on the same day ({Day(changes[k])}); two changes on one day may not set the same thing: keep one"));
            }
            // Adding and removing posts of one role on one day contradict each other.
            var entries = Enumerable.Range(0, i + 1).Where(k => days[k] == day)
                .SelectMany(k => changes[k].Posts.Select((p, j) => (k, j, p))).ToList();
            foreach (var role in entries.Select(e => e.p.Role).Distinct())
            {
                var adds = entries.Where(e => e.p.Role == role && e.p.Add > 0).ToList();
                var removes = entries.Where(e => e.p.Role == role && e.p.Remove > 0).ToList();
                if (adds.Count == 0 || removes.Count == 0) continue;
                var last = adds.Concat(removes).MaxBy(e => (e.k, e.j));
                if (last.k != i) continue;
                var other = (last.p.Add > 0 ? removes : adds)[0];
                errors.Add(($"$.changes[{i}].posts[{last.j}]", $"{(last.p.Add > 0 ? "adds" : "removes")} {role} posts on the day change {other.k} {(last.p.Add > 0 ? "removes" : "adds")} them ({Day(changes[i])}); expected one net change of posts per role and day"));
            }
        }
    }

    /// <summary>Removals may not take more posts than the unit then has, nor its last one.</summary>
    private static void Staffing(Scenario scenario, IReadOnlyList<UnitChange> changes, int?[] days, List<(string, string)> errors)
    {
        long posts = scenario.Unit.Staff.Caseworkers.Sum(g => (long)g.Count);
        var order = Enumerable.Range(0, changes.Count).Where(i => days[i] is not null).OrderBy(i => days[i]).ThenBy(i => i);
        foreach (var i in order)
        {
            for (int j = 0; j < changes[i].Posts.Count; j++)
            {
                var p = changes[i].Posts[j];
                posts += p.Add;
                if (p.Remove == 0) continue;
                if (p.Remove >= posts)
                    errors.Add(($"$.changes[{i}].posts[{j}].remove", $"{p.Remove} is too many: the unit has {posts} generalist posts then (staff groups and earlier changes); expected at most {posts - 1}, so one post remains"));
                posts -= Math.Min(p.Remove, posts - 1);
            }
        }
    }

    private static string Day(UnitChange c) => c.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : $"month {c.Month}";

    /// <summary>The error at the deepest part of the path the file holds, with its line.</summary>
    private static ScenarioError At(string file, JObject root, string path, string message)
    {
        var (p, token) = (path, root.SelectToken(path));
        while (token is null)
        {
            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 1) break;
            p = p[..cut];
            token = root.SelectToken(p);
        }
        return token is IJsonLineInfo info && info.HasLineInfo()
            ? new ScenarioError(file, path, message, info.LineNumber, info.LinePosition)
            : new ScenarioError(file, path, message);
    }
}
