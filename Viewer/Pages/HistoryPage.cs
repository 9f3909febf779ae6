using System.Globalization;
using System.Text;
using Planner.Scenarios.Experiments;
using Planner.Viewer.Runs;
using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>"Tidigare körningar": every experiment in the result store, whoever ran it (the dashboard or the command line), openable.</summary>
public static class HistoryPage
{
    public static string Render(PageLanguage language, StoredResults results)
    {
        var html = new StringBuilder();
        html.Append("<p class=\"muted\">").Append(Html.E(language.T($"Resultatlagret: {results.StorePath} (läses, ändras aldrig av den här sidan).",
            $"The result store: {results.StorePath} (read, never changed by this page)."))).Append("</p>");
        IReadOnlyList<StoredRun> runs;
        try
        {
            runs = results.List();
        }
        catch (Planner.Scenarios.Store.StoreException e)
        {
            return html.Append("<p class=\"errors\">").Append(Html.E(e.Message)).Append("</p>").ToString();
        }
        if (runs.Count == 0)
            return html.Append("<p id=\"no-runs\">").Append(language.T("Inga körningar ännu. Kör ett scenario under Scenarier.", "No runs yet. Run a scenario under Scenarios.")).Append("</p>").ToString();
        var rows = runs.Select(r => (IEnumerable<string>)
        [
            $"<a href=\"/resultat/{r.Experiment.Hash}\">{Html.E(r.Experiment.Name)}</a>",
            Html.E(Kind(r.Experiment.Kind, language)),
            Html.E(string.Join(", ", r.Scenarios)),
            $"<td class=\"num\">{Html.E(Numbers.Format(r.Experiment.Years, r.Experiment.Years == Math.Floor(r.Experiment.Years) ? 0 : 1, language))}</td>",
            $"<td class=\"num\">{r.Replications.ToString(CultureInfo.InvariantCulture)}</td>",
            Html.E(r.Experiment.Seed.ToString(CultureInfo.InvariantCulture)),
            $"<code>{r.Experiment.ShortHash}</code>",
        ]);
        html.Append(Html.Table([language.T("Namn", "Name"), language.T("Slag", "Kind"), language.T("Scenarier", "Scenarios"), language.T("År", "Years"),
            language.T("Replikeringar (alla scenarier)", "Replications (all scenarios)"), language.T("Slumpfrö", "Seed"), language.T("Id", "Id")], rows, "history"));
        return html.ToString();
    }

    private static string Kind(string kind, PageLanguage language) => kind switch
    {
        ExperimentKind.Run => language.T("körning", "run"),
        ExperimentKind.Compare => language.T("jämförelse", "comparison"),
        ExperimentKind.Experiment => language.T("experiment", "experiment"),
        ExperimentKind.Sensitivity => language.T("känslighetsanalys", "sensitivity analysis"),
        "calibration" => language.T("kalibrering", "calibration"),
        _ => kind,
    };
}
