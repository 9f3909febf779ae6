using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;
using Planner.Viewer.Forms;
using Planner.Viewer.Pages;
using Planner.Viewer.Sessions;
using Planner.Viewer.Text;

namespace Planner.Viewer.Endpoints;

/// <summary>"Enheten": show, save, start from the library, download and upload the unit's scenario file; and the language switch.</summary>
public static class UnitEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext context, SessionStore sessions, Library library) =>
        {
            var session = sessions.For(context);
            lock (session.Gate)
                return Show(context, session, library, null, false);
        });

        app.MapPost("/enheten", async (HttpContext context, SessionStore sessions) =>
        {
            var session = sessions.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            lock (session.Gate)
                Save(session, form);
            return PageResults.SeeOther("/");
        });

        app.MapPost("/enheten/bibliotek", async (HttpContext context, SessionStore sessions, Library library) =>
        {
            var session = sessions.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var name = form["scenario"].ToString();
            // A name is a key into the library's list, never part of a path.
            if (library.Read(name) is not { } unit)
                return PageResults.Refuse(StatusCodes.Status404NotFound, session.Language.T(
                    $"Inget scenario i biblioteket heter \"{name}\". Scenarierna i biblioteket: {string.Join(", ", library.Names)}.",
                    $"No library scenario is named \"{name}\". The library's scenarios: {string.Join(", ", library.Names)}."));
            lock (session.Gate)
            {
                session.Unit = unit;
                session.UnitSource = name;
            }
            return PageResults.SeeOther("/");
        });

        app.MapGet("/enheten/scenario.json", (HttpContext context, SessionStore sessions) =>
        {
            var session = sessions.For(context);
            string text, name;
            lock (session.Gate)
            {
                text = session.Unit.ToString(Newtonsoft.Json.Formatting.Indented) + "\n";
                name = ResultFolderName.From(Runs.RunPlanner.UnitName(session.Unit));
            }
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text), "application/json", (name.Length > 0 ? name : "enheten") + ".json");
        });

        app.MapPost("/enheten/ladda-upp", async (HttpContext context, SessionStore sessions, Library library) =>
        {
            var session = sessions.For(context);
            if (!context.Request.HasFormContentType)
                return PageResults.Refuse(StatusCodes.Status400BadRequest, "Expected a form with a scenario file (multipart/form-data).");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var file = form.Files["file"];
            var language = session.Language;
            if (file is null || file.Length == 0)
                return Show(context, session, library, language.T("Välj en scenariofil (.json) att läsa in.", "Choose a scenario file (.json) to load."), true, StatusCodes.Status400BadRequest);
            // The name is only shown in messages, never used to open anything.
            var label = Path.GetFileName(file.FileName);
            label = label.Length is > 0 and <= 100 ? label : "uploaded.json";
            string text;
            using (var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8))
                text = await reader.ReadToEndAsync(context.RequestAborted);
            var errors = new List<ScenarioError>();
            var root = JsonText.Read(label, text, errors);
            if (root is not JObject unit)
            {
                var why = errors.Count > 0 ? errors[0].ToString() : $"{label}: the file holds a single value or a list; expected a JSON object with the scenario's fields";
                lock (session.Gate)
                    return Show(context, session, library, language.T("Filen kunde inte läsas in: ", "The file could not be loaded: ") + why, true, StatusCodes.Status400BadRequest);
            }
            lock (session.Gate)
            {
                session.Unit = unit;
                session.UnitSource = label;
            }
            return PageResults.SeeOther("/");
        });

        app.MapPost("/sprak", async (HttpContext context, SessionStore sessions) =>
        {
            var session = sessions.For(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            session.Language = PageLanguage.FromCode(form["lang"].ToString());
            return PageResults.SeeOther(form["back"].ToString());
        });
    }

    private static IResult Show(HttpContext context, BrowserSession session, Library library, string? message, bool error, int status = 200) =>
        PageResults.Page(context, session, "unit", session.Language.T("Enheten", "The unit"),
            UnitPage.Render(session.Language, session.Unit, session.UnitSource, library, message, error), status);

    /// <summary>The form's values into the unit's JSON, as typed: the loader then says what is wrong, next to the field.</summary>
    private static void Save(BrowserSession session, IFormCollection form)
    {
        var unit = session.Unit;
        foreach (var field in UnitFields.Unit)
        {
            if (form.ContainsKey(field.Path))
                JsonPath.Set(unit, field.Path, JsonPath.FromInput(field.Path, form[field.Path].ToString()));
        }
        var groups = int.TryParse(form["groups"].ToString(), out var g) ? Math.Clamp(g, 1, UnitFields.MaxGroups) : 1;
        var old = (unit["staff"] as JObject)?["caseworkers"] as JArray ?? [];
        var list = new JArray();
        var action = form["action"].ToString();
        for (var i = 0; i < groups; i++)
        {
            if (action == $"remove-group-{i}")
                continue;
            // Fields the form does not show (set in a file) stay as they were.
            var group = i < old.Count && old[i] is JObject kept ? (JObject)kept.DeepClone() : new JObject();
            var holder = new JObject { ["staff"] = new JObject { ["caseworkers"] = new JArray(group) } };
            foreach (var field in UnitFields.Group(i))
            {
                if (!form.ContainsKey(field.Path))
                    continue;
                var local = field.Path.Replace($"[{i}]", "[0]", StringComparison.Ordinal);
                JsonPath.Set(holder, local, JsonPath.FromInput(local, form[field.Path].ToString()));
            }
            list.Add(holder["staff"]!["caseworkers"]![0]!);
        }
        if (action == "add-group" && list.Count < UnitFields.MaxGroups)
            list.Add(new JObject { ["count"] = 1, ["fte"] = 1.0, ["contract"] = "permanent" });
        JsonPath.Set(unit, "staff.caseworkers", list);
    }
}
