using System.Text.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;
using Planner.Viewer.Forms;
using Planner.Viewer.Pages;
using Planner.Viewer.Runs;
using Planner.Viewer.Sessions;

namespace Planner.Viewer.Endpoints;

/// <summary>"Scenarier": add and remove alternatives, start a run (one per browser at a time), follow it live, stop it.</summary>
public static class ScenarioEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/scenarier", (HttpContext context, SessionStore sessions, ViewerOptions options) =>
        {
            var session = sessions.For(context);
            lock (session.Gate)
                return Show(context, session, options, []);
        });

        app.MapPost("/scenarier/lagg-till", async (HttpContext context, SessionStore sessions, ViewerOptions options) =>
        {
            var session = sessions.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            lock (session.Gate)
            {
                var errors = new List<string>();
                var alternative = Alternative(session, form, errors);
                if (alternative is not null && 1 + session.Alternatives.Count + 1 > options.Limits.MaxScenarios)
                    errors.Add(session.Language.T($"Högst {options.Limits.MaxScenarios} scenarier i en jämförelse.", $"At most {options.Limits.MaxScenarios} scenarios in a comparison."));
                if (alternative is not null && errors.Count == 0)
                {
                    // The scenario loader checks the alternative as it will run: the unit's fields with its designs and changes.
                    var file = RunPlanner.Files(session.Unit, [alternative])[1];
                    var load = ScenarioLoader.Parse(file.FileName, file.Json.ToString());
                    errors.AddRange(load.Errors.Select(e => e.ToString()));
                }
                if (errors.Count > 0 || alternative is null)
                    return Show(context, session, options, errors, StatusCodes.Status400BadRequest);
                session.Alternatives.Add(alternative);
            }
            return PageResults.SeeOther("/scenarier");
        });

        app.MapPost("/scenarier/ta-bort", async (HttpContext context, SessionStore sessions) =>
        {
            var session = sessions.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            lock (session.Gate)
            {
                if (int.TryParse(form["index"].ToString(), out var index) && index >= 0 && index < session.Alternatives.Count)
                    session.Alternatives.RemoveAt(index);
            }
            return PageResults.SeeOther("/scenarier");
        });

        app.MapPost("/kor", async (HttpContext context, SessionStore sessions, ViewerOptions options, RunManager runs) =>
        {
            var session = sessions.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var replications = form["replications"].ToString();
            var years = form["years"].ToString();
            lock (session.Gate)
            {
                if (session.Run is { Running: true })
                    return Show(context, session, options, [session.Language.T("En körning pågår redan; stoppa den eller vänta tills den är klar.", "A run is already going; stop it or wait for it to finish.")],
                        StatusCodes.Status409Conflict, replications, years);
                var planned = RunPlanner.Plan(session.Unit, session.Alternatives, replications, years, options.Limits, session.Language);
                if (planned.Plan is null)
                    return Show(context, session, options, planned.Errors, StatusCodes.Status400BadRequest, replications, years);
                session.Run = runs.Start(planned.Plan, job =>
                {
                    if (job.State is RunState.Finished)
                        lock (session.Gate)
                            session.LastResult = job.Hash;
                });
            }
            return PageResults.SeeOther("/scenarier#run-panel");
        });

        app.MapPost("/kor/stoppa", (HttpContext context, SessionStore sessions) =>
        {
            var session = sessions.For(context);
            session.Run?.Stop();
            return PageResults.SeeOther("/scenarier");
        });

        app.MapGet("/kor/handelser", async (HttpContext context, SessionStore sessions) =>
        {
            var session = sessions.For(context);
            if (session.Run is not { } job)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync("No run in this browser session.\n");
                return;
            }
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var aborted = context.RequestAborted;
            try
            {
                while (!aborted.IsCancellationRequested)
                {
                    var running = job.Running;
                    await Send(context, "progress", new { saved = job.Saved, planned = job.Planned, state = job.State.ToString() }, aborted);
                    if (!running)
                    {
                        await Send(context, "done", new { state = job.State.ToString(), url = $"/resultat/{job.Hash}", message = job.Failure }, aborted);
                        job.Delivered = true;
                        return;
                    }
                    await Task.Delay(200, aborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The browser went away; the run goes on.
            }
        });
    }

    private static async Task Send(HttpContext context, string name, object data, CancellationToken cancellation)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n", cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }

    private static IResult Show(HttpContext context, BrowserSession session, ViewerOptions options, IReadOnlyList<string> errors, int status = 200,
        string replications = "10", string years = "5") =>
        PageResults.Page(context, session, "scenarios", session.Language.T("Scenarier", "Scenarios"),
            ScenariosPage.Render(session.Language, session, options.Limits, errors, replications, years), status, ScenariosPage.Script);

    /// <summary>The alternative the form describes: the designs ticked with their settings, and the changes at a date.</summary>
    private static Alternative? Alternative(BrowserSession session, IFormCollection form, List<string> errors)
    {
        var language = session.Language;
        var designs = new JObject();
        var holder = new JObject { ["designs"] = designs };
        foreach (var key in form["design"].Select(k => k ?? ""))
        {
            if (DesignChoices.Find(key) is not { } choice)
            {
                errors.Add(language.T($"Okänt arbetssätt \"{key}\".", $"Unknown design \"{key}\"."));
                continue;
            }
            designs[choice.Key] = new JObject();
            foreach (var setting in choice.Settings)
                if (JsonPath.FromInput(setting.Path, form[setting.Path].ToString()) is { } value)
                    JsonPath.Set(holder, setting.Path, value);
        }
        var changes = ChangeForm.Build(form, errors, language);
        if (designs.Count == 0 && changes is not { Count: > 0 })
            errors.Add(language.T("Kryssa i minst ett arbetssätt eller ange en förändring.", "Tick at least one design or give a change."));
        var name = form["name"].ToString().Trim();
        if (name.Length == 0)
        {
            var parts = designs.Properties().Select(p => ResultFolderName.From(p.Name)).ToList();
            if (changes is { Count: > 0 })
                parts.Add(language.T("forandring", "change"));
            name = parts.Count == 0 ? "alternativ" : string.Join("-", parts);
            var taken = session.Alternatives.Select(a => a.Name).Append(RunPlanner.UnitName(session.Unit)).ToHashSet(StringComparer.Ordinal);
            var stem = name;
            for (var n = 2; taken.Contains(name); n++)
                name = $"{stem}-{n}";
        }
        if (errors.Count > 0)
            return null;
        return new Alternative(name, designs, changes);
    }
}
