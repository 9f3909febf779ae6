using Newtonsoft.Json.Linq;
using Planner.Viewer.Runs;
using Planner.Viewer.Text;

namespace Planner.Viewer.Sessions;

/// <summary>
/// What one browser is working on: the unit it described (as the scenario file the command line runs), the
/// alternatives it added, its language, and at most one run. Pages read it under its lock and change it only
/// from POST handlers.
/// </summary>
public sealed class BrowserSession(string id, JObject unit, string unitSource)
{
    public string Id { get; } = id;
    public Lock Gate { get; } = new();
    public PageLanguage Language { get; set; } = PageLanguage.Swedish;

    /// <summary>The unit as a scenario file: what "Ladda ner" gives and every alternative starts from.</summary>
    public JObject Unit { get; set; } = unit;

    /// <summary>The library scenario or uploaded file the unit came from, for the page's heading.</summary>
    public string UnitSource { get; set; } = unitSource;

    public List<Alternative> Alternatives { get; } = [];

    /// <summary>The run in progress or the last one; a new run is refused while this one is running.</summary>
    public RunJob? Run { get; set; }

    /// <summary>The experiment last finished from this browser: what "Resultat" and "Kostnader" open by default.</summary>
    public string? LastResult { get; set; }

    public DateTime LastSeen { get; set; } = DateTime.UtcNow;
}

/// <summary>
/// One scenario compared with the unit as it is: the unit plus a designs block and, when the scenario format has
/// them, changes at a date. The name is the scenario's name (checked by the scenario loader like any other).
/// </summary>
public sealed record Alternative(string Name, JObject Designs, JArray? Changes);
