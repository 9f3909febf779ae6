using System.Net;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Planner.Scenarios.Store;

namespace Planner.Viewer.Tests;

/// <summary>Runs from the browser go through the experiment engine into the store: one at a time per session, stoppable, listed afterwards.</summary>
[TestFixture]
public sealed partial class RunTests
{
    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Test]
    public async Task A_comparison_runs_into_the_store_streams_progress_and_is_listed()
    {
        await using var server = await ViewerServer.Start();
        using var client = server.Client();
        Assert.That((await client.PostAsync("/scenarier/lagg-till", Form(("design", "fas"), ("designs.fas.meetingsPerWorkerPerMonth", "30")))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.PostAsync("/kor", Form(("replications", "3"), ("years", "1")))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var events = await client.GetStringAsync("/kor/handelser");
        var done = DoneEvent().Match(events);
        Assert.That(done.Success, Is.True, events);
        Assert.That(events, Does.Contain("event: progress"));
        var hash = done.Groups[1].Value;

        using (var store = ResultStore.OpenReadOnly(server.Options.StorePath))
        {
            var experiment = store.Find(hash)!;
            Assert.That(experiment.Kind, Is.EqualTo("compare"));
            Assert.That(store.ReplicationCount(experiment.Id), Is.EqualTo(6), "3 replications of each of 2 scenarios");
        }
        var page = await client.GetStringAsync($"/resultat/{hash}");
        Assert.That(page, Does.Contain("<table class=\"headline\">").And.Contain(">fas<"));

        // The history page lists it and leaves the store as it was.
        var before = File.ReadAllBytes(server.Options.StorePath);
        var history = await client.GetStringAsync("/tidigare");
        Assert.That(history, Does.Contain($"/resultat/{hash}"));
        Assert.That(File.ReadAllBytes(server.Options.StorePath), Is.EqualTo(before));
    }

    [Test]
    public async Task Two_more_posts_from_month_3_are_written_as_the_scenarios_changes_block()
    {
        await using var server = await ViewerServer.Start();
        using var client = server.Client();
        var added = await client.PostAsync("/scenarier/lagg-till", Form(("name", "fler-tjanster"), ("change.posts", "2"), ("change.postsMonth", "3")));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await added.Content.ReadAsStringAsync());
        await client.PostAsync("/kor", Form(("replications", "2"), ("years", "1")));
        var hash = DoneEvent().Match(await client.GetStringAsync("/kor/handelser")).Groups[1].Value;

        using var store = ResultStore.OpenReadOnly(server.Options.StorePath);
        var scenarios = store.Scenarios(store.Find(hash)!.Id);
        var json = Newtonsoft.Json.Linq.JObject.Parse(scenarios.Single(s => s.Name == "fler-tjanster").Json);
        // Month 3 on the page is the file's month 2 (the file counts from 0), as the library's add-two-posts.json (1 March).
        var change = json["changes"]!.Single();
        Assert.That((int)change["month"]!, Is.EqualTo(2));
        Assert.That((int)change["posts"]![0]!["add"]!, Is.EqualTo(2));
        Assert.That(Newtonsoft.Json.Linq.JObject.Parse(scenarios.Single(s => s.Name == "baseline").Json)["changes"]?.Count() ?? 0, Is.EqualTo(0));
        // The stored scenario loads back with its change: what ran is what the page said.
        var results = Planner.Scenarios.Experiments.ComparisonPlan.FromStore(store, store.Find(hash)!)!;
        Assert.That(results.Scenarios[1].Scenario.Unit.Changes, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Changes_that_are_not_numbers_are_refused_with_a_message()
    {
        await using var server = await ViewerServer.Start();
        using var client = server.Client();
        var response = await client.PostAsync("/scenarier/lagg-till", Form(("change.posts", "två"), ("change.postsMonth", "3")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("Fler tjänster: \"två\" är inget tal."));
    }

    [Test]
    public async Task A_second_run_while_one_goes_is_refused_and_the_stop_button_stops_it()
    {
        await using var server = await ViewerServer.Start();
        using var client = server.Client();
        // 150 replications × 20 years: minutes of work, stopped at once.
        Assert.That((await client.PostAsync("/kor", Form(("replications", "150"), ("years", "20")))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var second = await client.PostAsync("/kor", Form(("replications", "2"), ("years", "1")));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), Does.Contain("En körning pågår redan"));

        // Another browser session is not held up by this one's run in its own page.
        using var other = server.Client();
        Assert.That((await other.GetAsync("/scenarier")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await client.PostAsync("/kor/stoppa", Form())).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var events = await client.GetStringAsync("/kor/handelser");
        Assert.That(events, Does.Contain("\"state\":\"Stopped\""));
        // Stopped before it had started, nothing is in the store; otherwise what was saved, far from all of it.
        if (File.Exists(server.Options.StorePath))
        {
            using var store = ResultStore.OpenReadOnly(server.Options.StorePath);
            Assert.That(store.Experiments().Sum(e => store.ReplicationCount(e.Id)), Is.LessThan(150));
        }
    }

    [GeneratedRegex("event: done\\ndata: \\{\"state\":\"Finished\",\"url\":\"/resultat/([0-9a-f]{64})\"")]
    private static partial Regex DoneEvent();
}
