using System.Diagnostics;
using Microsoft.Playwright;
using NUnit.Framework;

namespace Planner.Viewer.Tests;

/// <summary>
/// A benchmark, not a test (explicit: CI does not run it): the time from pressing Run in the browser to the first
/// chart on the results page, for the baseline and three designs (FAS, beredskapsteam, mentors) at the page's
/// default size (10 replications × 5 years). Prints the figure; asserts only that the charts came.
/// `dotnet test Tests/Viewer.Tests --filter Category=Benchmark --logger "console;verbosity=detailed"`
/// </summary>
[TestFixture]
[Explicit("a benchmark: prints a timing")]
[Category("Benchmark")]
public sealed class RunToChartBenchmark
{
    [Test]
    public async Task Run_to_first_chart_for_the_baseline_and_three_designs()
    {
        await using var server = await ViewerServer.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(server.Address + "scenarier");
        foreach (var design in new[] { "fas", "beredskapsteam", "mentors" })
        {
            await page.CheckAsync($"#design-{design}");
            await page.ClickAsync("#add-scenario-button");
        }
        Assert.That(await page.Locator("table.scenario-list tbody tr").CountAsync(), Is.EqualTo(4));
        var replications = await page.InputValueAsync("#run-replications");
        var years = await page.InputValueAsync("#run-years");
        var clock = Stopwatch.StartNew();
        await page.ClickAsync("#run-button");
        await page.Locator("svg[data-chart]").First.WaitForAsync(new() { Timeout = 600_000 });
        var seconds = clock.Elapsed.TotalSeconds;
        TestContext.Progress.WriteLine(
            $"Run → first chart: {seconds:F1} s for the baseline and 3 designs, {replications} replications × {years} years each, {Environment.ProcessorCount} cores");
        Assert.That(await page.Locator("svg[data-chart]").CountAsync(), Is.GreaterThan(5));
    }
}
