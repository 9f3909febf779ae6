using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Report;
using Planner.Viewer.Text;
using Planner.Scenarios.Store;
using Planner.Viewer.Pages;
using Planner.Viewer.Runs;
using Planner.Viewer.Sessions;

namespace Planner.Viewer.Endpoints;

/// <summary>"Resultat", "Kostnader" and "Tidigare körningar": pages that only read the result store.</summary>
public static class ResultEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/resultat", (HttpContext context, SessionStore sessions) => Latest(context, sessions, "results"));
        app.MapGet("/kostnader", (HttpContext context, SessionStore sessions) => Latest(context, sessions, "costs"));

        app.MapGet("/resultat/{id}", (string id, HttpContext context, SessionStore sessions, StoredResults store) =>
            Open(id, context, sessions.For(context), store, "results", (session, experiment, result) =>
                ResultsPage.Render(session.Language, experiment, result, ChartSections.Data(result))));

        app.MapGet("/kostnader/{id}", (string id, HttpContext context, SessionStore sessions, StoredResults store) =>
            Open(id, context, sessions.For(context), store, "costs", (session, experiment, result) =>
                CostsPage.Render(session.Language, experiment, result, ChartSections.Data(result))));

        // The report is a download that changes nothing: GET. The language is the page's unless ?lang= says otherwise.
        app.MapGet("/rapport/{id}", (string id, string? lang, HttpContext context, SessionStore sessions, StoredResults store) =>
        {
            var session = sessions.For(context);
            var language = lang is "sv" or "en" ? PageLanguage.FromCode(lang) : session.Language;
            if (!StoredResults.IsHash(id))
                return PageResults.Refuse(StatusCodes.Status404NotFound, $"\"{id}\" is not a run id (64 hex digits).");
            var found = store.Open(id);
            if (found is not { Result: { } result } opened)
                return PageResults.Refuse(StatusCodes.Status404NotFound, language.T($"Resultatlagret har inga resultat för {id}.", $"The result store has no results for {id}."));
            var html = ReportBuilder.Html(ChartSections.Data(result), language.Texts);
            var name = ResultFolderName.From(opened.Experiment.Name);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8",
                $"{language.T("rapport", "report")}-{(name.Length > 0 ? name : opened.Experiment.ShortHash)}.html");
        });

        app.MapGet("/tidigare", (HttpContext context, SessionStore sessions, StoredResults store) =>
        {
            var session = sessions.For(context);
            return PageResults.Page(context, session, "history", session.Language.T("Tidigare körningar", "Earlier runs"),
                HistoryPage.Render(session.Language, store));
        });
    }

    /// <summary>The browser's last finished run, or a pointer to where runs are started.</summary>
    private static IResult Latest(HttpContext context, SessionStore sessions, string tab)
    {
        var session = sessions.For(context);
        if (session.LastResult is { } hash)
            return Results.Redirect((tab == "costs" ? "/kostnader/" : "/resultat/") + hash);
        var language = session.Language;
        return PageResults.Page(context, session, tab, tab == "costs" ? language.T("Kostnader", "Costs") : language.T("Resultat", "Results"),
            "<p id=\"no-results\">" + language.T(
                "Inget resultat ännu i den här webbläsaren. Kör scenarier under <a href=\"/scenarier\">Scenarier</a>, eller öppna en körning under <a href=\"/tidigare\">Tidigare körningar</a>.",
                "No results yet in this browser. Run scenarios under <a href=\"/scenarier\">Scenarios</a>, or open a run under <a href=\"/tidigare\">Earlier runs</a>.") + "</p>");
    }

    private static IResult Open(string id, HttpContext context, BrowserSession session, StoredResults store, string tab,
        Func<BrowserSession, StoredExperiment, ComparisonResult, string> render)
    {
        var language = session.Language;
        // The id is looked up among the store's experiments, never used as a path.
        if (!StoredResults.IsHash(id))
            return PageResults.Refuse(StatusCodes.Status404NotFound, language.T(
                $"\"{id}\" är inget körnings-id (64 hexadecimala tecken); se Tidigare körningar.", $"\"{id}\" is not a run id (64 hex digits); see Earlier runs."));
        (StoredExperiment Experiment, ComparisonResult? Result)? found;
        try
        {
            found = store.Open(id);
        }
        catch (StoreException e)
        {
            return PageResults.Refuse(StatusCodes.Status500InternalServerError, e.Message);
        }
        if (found is not { } opened)
            return PageResults.Refuse(StatusCodes.Status404NotFound, language.T($"Resultatlagret har ingen körning med id {id}.", $"The result store has no run with id {id}."));
        var title = tab == "costs" ? language.T("Kostnader", "Costs") : language.T("Resultat", "Results");
        if (opened.Result is not { } result)
            return PageResults.Page(context, session, tab, title, "<p>" + Html.E(language.T(
                $"{opened.Experiment.Name}: ännu ingen replikering klar för alla scenarier.", $"{opened.Experiment.Name}: no replication done for every scenario yet.")) + "</p>");
        return PageResults.Page(context, session, tab, title, render(session, opened.Experiment, result));
    }
}
