using System.Text.RegularExpressions;

namespace Planner.Scenarios.Tests;

/// <summary>docs/adding-a-design.md: its code is the shipped code — every block stands in the file it names.</summary>
public sealed partial class DesignGuideTests
{
    [GeneratedRegex(@"```(csharp|json)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [Test]
    public void EveryCodeBlockOfTheGuideStandsInTheFileItNames()
    {
        var root = Planner.RepositoryRoot();
        var guide = File.ReadAllText(Path.Combine(root, "docs", "adding-a-design.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = Block().Matches(guide).Select(m => (Kind: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(7));
        foreach (var (kind, text) in blocks)
        {
            string file, code;
            if (kind == "json")
            {
                file = "Scenarios/library/globen.json";
                code = text;
            }
            else
            {
                var firstLine = text[..text.IndexOf('\n', StringComparison.Ordinal)];
                Assert.That(firstLine, Does.StartWith("// "), "a block names its file on its first line");
                file = firstLine[3..];
                code = text[(firstLine.Length + 1)..];
            }
            var shipped = File.ReadAllText(Path.Combine(root, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.That(shipped, Does.Contain(code.TrimEnd('\n')), $"the guide's block for {file} is not the shipped code");
        }
    }

    [Test]
    public void TheGuideNamesEveryFileOfItsDesign()
    {
        var root = Planner.RepositoryRoot();
        var guide = File.ReadAllText(Path.Combine(root, "docs", "adding-a-design.md"));
        foreach (var file in new[] { "Simulation/Designs/GlobenParameters.cs", "Simulation/Designs/Globen.cs", "Scenarios/library/globen.json", "Tests/Simulation.Tests/Designs/GlobenTests.cs" })
        {
            Assert.That(File.Exists(Path.Combine(root, file)), Is.True, file);
            Assert.That(guide, Does.Contain($"`{file}`"), file);
        }
    }
}
