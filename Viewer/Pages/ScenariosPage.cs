using System.Text;
using Newtonsoft.Json.Linq;
using Planner.Viewer.Forms;
using Planner.Viewer.Runs;
using Planner.Viewer.Sessions;
using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>
/// "Scenarier": the unit and the alternatives it is compared with (designs on and off with their main settings,
/// changes at a date), the Run button with its limits, and while a run goes its live progress and a stop button.
/// </summary>
public static class ScenariosPage
{
    /// <summary>Whether this version's scenario files take changes at a date: the control is shown only then.</summary>
    public static bool ChangesSupported => JsonPath.FieldFor(RunPlanner.ChangesField) is not null;

    public static string Render(PageLanguage language, BrowserSession session, RunLimits limits, IReadOnlyList<string> errors,
        string replications = "10", string years = "5")
    {
        var html = new StringBuilder();
        var unitName = RunPlanner.UnitName(session.Unit);
        if (session.Run is { } job)
            html.Append(RunPanel(language, job));

        html.Append("<section><h2>").Append(language.T("Scenarier som jämförs", "Scenarios compared")).Append("</h2>");
        var rows = new List<IEnumerable<string>>
        {
            new[] { "1", Html.E(unitName), Html.E(language.T("Enheten som den är beskriven under Enheten (jämförelsens bas)", "The unit as described under The unit (the comparison's base)")), "" },
        };
        for (var i = 0; i < session.Alternatives.Count; i++)
        {
            var alternative = session.Alternatives[i];
            var remove = $"<form method=\"post\" action=\"/scenarier/ta-bort\"><input type=\"hidden\" name=\"index\" value=\"{i}\"><button type=\"submit\" class=\"secondary\">{language.T("Ta bort", "Remove")}</button></form>";
            rows.Add([(i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), Html.E(alternative.Name), Describe(language, alternative), remove]);
        }
        html.Append(Html.Table(["#", language.T("Namn", "Name"), language.T("Vad som ändras", "What changes"), ""], rows, "scenario-list"));
        html.Append("</section>");

        if (errors.Count > 0)
            html.Append("<ul class=\"errors notice\" id=\"scenario-errors\">").Append(string.Concat(errors.Select(e => "<li>" + Html.E(e) + "</li>"))).Append("</ul>");

        html.Append(AddForm(language, session));
        html.Append(RunForm(language, session, limits, replications, years));
        return html.ToString();
    }

    private static string AddForm(PageLanguage language, BrowserSession session)
    {
        var html = new StringBuilder();
        html.Append("<form method=\"post\" action=\"/scenarier/lagg-till\" id=\"add-scenario\" novalidate><fieldset><legend>")
            .Append(language.T("Lägg till ett scenario", "Add a scenario")).Append("</legend>");
        html.Append("<div class=\"field\"><label for=\"alt-name\">").Append(language.T("Namn", "Name")).Append("</label>")
            .Append($"<input id=\"alt-name\" name=\"name\" placeholder=\"{language.T("t.ex. fas-och-fler-tjanster", "e.g. fas-and-more-posts")}\">")
            .Append("<span class=\"hint\">").Append(language.T("små bokstäver, siffror och bindestreck; tomt: namnges efter arbetssätten", "lower case, digits and hyphens; blank: named after the designs")).Append("</span></div>");
        html.Append("<h3>").Append(language.T("Arbetssätt", "Organisational designs")).Append("</h3>");
        foreach (var design in DesignChoices.All)
        {
            html.Append($"<div class=\"design\"><label><input type=\"checkbox\" name=\"design\" value=\"{design.Key}\" id=\"design-{design.Key}\"> <strong>{Html.E(design.Label(language))}</strong></label>");
            html.Append($" <span class=\"muted\">{Html.E(language.T(design.HelpSwedish, design.HelpEnglish))}</span>");
            foreach (var setting in design.Settings)
            {
                var id = "s-" + setting.Path.Replace('.', '-');
                html.Append($"<div class=\"field\"><label for=\"{id}\">{Html.E(setting.Label(language))}</label>")
                    .Append($"<input id=\"{id}\" name=\"{setting.Path}\" value=\"{Html.E(setting.DefaultText(language))}\">")
                    .Append($"<span class=\"hint\">{Html.E(setting.Unit(language))}{(setting.Range(language) is { Length: > 0 } r ? "; " + language.T("tillåtet ", "allowed ") + r : "")}</span></div>");
            }
            html.Append("</div>");
        }
        html.Append(ChangesControl(language));
        html.Append("<div class=\"actions\"><button type=\"submit\" id=\"add-scenario-button\">").Append(language.T("Lägg till scenariot", "Add the scenario")).Append("</button></div>");
        html.Append("</fieldset></form>");
        return html.ToString();
    }

    /// <summary>Changes at a date; hidden until the scenario format has a changes block (then <see cref="ChangeForm"/> writes it).</summary>
    private static string ChangesControl(PageLanguage language)
    {
        var hidden = ChangesSupported ? "" : " hidden";
        return $"""
            <div class="design" id="changes"{hidden}>
            <h3>{language.T("Förändringar vid ett datum", "Changes at a date")}</h3>
            <div class="field"><label for="change-posts">{language.T("Fler tjänster", "More posts")}</label><input id="change-posts" name="change.posts" placeholder="0"><span class="hint">{language.T("tjänster (heltid) som tillkommer; negativt: färre", "full-time posts added; negative: fewer")}</span></div>
            <div class="field"><label for="change-posts-month">{language.T("från månad", "from month")}</label><input id="change-posts-month" name="change.postsMonth" placeholder="1"><span class="hint">{language.T("månad 1 = första månaden; tjänsten tillsätts efter rekryteringstiden", "month 1 = the first month; the post is filled after the recruitment lead time")}</span></div>
            <div class="field"><label for="change-recession">{language.T("Lågkonjunktur: fler ansökningar", "Recession: more applications")}</label><input id="change-recession" name="change.recession" placeholder="0"><span class="hint">{language.T("% fler nya ansökningar", "% more new applications")}</span></div>
            <div class="field"><label for="change-recession-month">{language.T("från månad", "from month")}</label><input id="change-recession-month" name="change.recessionMonth" placeholder="1"><span class="hint"></span></div>
            </div>
            """;
    }

    private static string RunForm(PageLanguage language, BrowserSession session, RunLimits limits, string replications, string years)
    {
        var running = session.Run is { Running: true };
        var count = 1 + session.Alternatives.Count;
        var label = count == 1 ? language.T("Kör", "Run") : language.T($"Kör jämförelsen ({count} scenarier)", $"Run the comparison ({count} scenarios)");
        return $"""
            <form method="post" action="/kor" id="run-form" novalidate><fieldset><legend>{language.T("Kör", "Run")}</legend>
            <div class="field"><label for="run-replications">{language.T("Replikeringar", "Replications")}</label><input id="run-replications" name="replications" value="{Html.E(replications)}"><span class="hint">{language.T($"2–{limits.MaxReplications}; fler ger smalare konfidensintervall", $"2–{limits.MaxReplications}; more give narrower confidence intervals")}</span></div>
            <div class="field"><label for="run-years">{language.T("År", "Years")}</label><input id="run-years" name="years" value="{Html.E(years)}"><span class="hint">{language.T($"högst {Numbers.Format(limits.MaxYears, 0, language)}", $"at most {Numbers.Format(limits.MaxYears, 0, language)}")}</span></div>
            <p class="muted">{language.T(
                $"Alla scenarier körs med samma slumptal (gemensamma slumptal), så skillnaderna beror på arbetssätten och inte på tur. Gräns: replikeringar × år × scenarier högst {Numbers.Format(limits.MaxReplicationYears, 0, language)}, högst {limits.MaxScenarios} scenarier.",
                $"All scenarios run with the same random numbers (common random numbers), so the differences come from the designs, not from luck. Limit: replications × years × scenarios at most {Numbers.Format(limits.MaxReplicationYears, 0, language)}, at most {limits.MaxScenarios} scenarios.")}</p>
            <div class="actions"><button type="submit" id="run-button"{(running ? " disabled" : "")}>{Html.E(label)}</button></div>
            </fieldset></form>
            """;
    }

    public static string RunPanel(PageLanguage language, RunJob job)
    {
        var status = job.State switch
        {
            RunState.Waiting => language.T("Väntar på att en annan körning blir klar …", "Waiting for another run to finish …"),
            RunState.Running => language.T($"Kör: {job.Saved} av {Math.Max(job.Planned, job.Saved)} replikeringar sparade", $"Running: {job.Saved} of {Math.Max(job.Planned, job.Saved)} replications saved"),
            RunState.Finished => language.T("Klar.", "Done."),
            RunState.Stopped => language.T($"Stoppad: {job.Saved} replikeringar sparades; kör igen så fortsätter körningen där den slutade.", $"Stopped: {job.Saved} replications were saved; run again and it continues where it stopped."),
            _ => language.T("Körningen misslyckades: ", "The run failed: ") + job.Failure,
        };
        var results = job.State is RunState.Finished or RunState.Stopped
            ? $"<a class=\"button secondary\" href=\"/resultat/{job.Hash}\">{language.T("Visa resultatet", "Show the results")}</a>"
            : "";
        var stop = job.Running
            ? $"<form method=\"post\" action=\"/kor/stoppa\"><button type=\"submit\" class=\"danger\" id=\"stop-button\">{language.T("Stoppa", "Stop")}</button></form>"
            : "";
        var live = job.Running || !job.Delivered ? " data-events=\"/kor/handelser\"" : "";
        return $"""
            <section id="run-panel"{live} data-running="{Html.E(language.T("Kör: {0} av {1} replikeringar sparade", "Running: {0} of {1} replications saved"))}" data-stopped="{Html.E(language.T("Stoppad.", "Stopped."))}" data-failed="{Html.E(language.T("Körningen misslyckades: ", "The run failed: "))}">
            <h2>{Html.E(job.Plan.Name)}</h2>
            <p id="run-status" role="status">{Html.E(status)}</p>
            <progress id="run-progress" max="{Math.Max(1, job.Planned)}" value="{job.Saved}"></progress>
            <div class="actions">{stop}{results}</div>
            </section>
            """;
    }

    private static string Describe(PageLanguage language, Alternative alternative)
    {
        var parts = new List<string>();
        foreach (var design in alternative.Designs.Properties())
        {
            var choice = DesignChoices.Find(design.Name);
            var settings = choice?.Settings.Select(s => (s, JsonPath.Get(new JObject { ["designs"] = alternative.Designs }, s.Path)))
                .Where(x => x.Item2 is not null)
                .Select(x => $"{x.s.Label(language)} {FormatValue(x.Item2!, language)}") ?? [];
            parts.Add($"{Html.E(choice?.Label(language) ?? design.Name)} ({Html.E(string.Join(", ", settings))})");
        }
        if (alternative.Changes is { Count: > 0 } changes)
            parts.Add(Html.E(ChangeForm.Describe(changes, language)));
        return parts.Count == 0 ? Html.E(language.T("inget arbetssätt", "no design")) : string.Join("; ", parts);
    }

    private static string FormatValue(JToken value, PageLanguage language) =>
        value.Type is JTokenType.Float or JTokenType.Integer ? Numbers.Format((double)value, (double)value == Math.Floor((double)value) ? 0 : 2, language) : value.ToString();

    /// <summary>The small script of the page: follows the run's progress stream and opens the results when it is done.</summary>
    public const string Script = """
        (function () {
          var panel = document.getElementById('run-panel');
          if (!panel || !panel.dataset.events) return;
          var status = document.getElementById('run-status');
          var bar = document.getElementById('run-progress');
          var source = new EventSource(panel.dataset.events);
          source.addEventListener('progress', function (e) {
            var d = JSON.parse(e.data);
            bar.max = Math.max(1, d.planned); bar.value = d.saved;
            status.textContent = panel.dataset.running.replace('{0}', d.saved).replace('{1}', Math.max(d.planned, d.saved));
          });
          source.addEventListener('done', function (e) {
            var d = JSON.parse(e.data);
            source.close();
            if (d.state === 'Finished') { window.location.assign(d.url); return; }
            status.textContent = d.state === 'Stopped' ? panel.dataset.stopped : panel.dataset.failed + (d.message || '');
            var stop = document.getElementById('stop-button'); if (stop) stop.disabled = true;
          });
        })();
        """;
}
