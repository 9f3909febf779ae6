using System.Text.RegularExpressions;
using Planner.Simulation.Designs;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Tests;

/// <summary>
/// Adding a design edits nothing central (docs/adding-a-design.md): no source file of Simulation/ or Scenarios/ other
/// than the designs' own names a design in its code — not its parameters record or its policy class as an identifier,
/// not a path into its block ("designs.fas"). A design's own files are Simulation/Designs/&lt;record&gt;.cs and
/// &lt;policy&gt;.cs; one design's files may name another where the two interact (FAS reads whether a payment split is
/// on). Comments and the text of strings are left out of the identifier check: the domain's words ("Beredskapsteam
/// members" in a figure's description) are documentation, not a dependence.
/// </summary>
public sealed partial class CentralFilesNameNoDesignTests
{
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringText();

    private static IEnumerable<(string Record, string Policy, string Block)> Designs() =>
        DesignParameters.Registered.Select(d => (d.Type.Name,
            ((IDesignParameters)Activator.CreateInstance(d.Type)!).Create(new UnitParameters()).GetType().Name, d.Name));

    [Test]
    public void No_central_source_file_names_a_design()
    {
        var root = Planner.RepositoryRoot();
        var designs = Designs().ToList();
        Assert.That(designs, Has.Count.GreaterThanOrEqualTo(10), "the designs are found");
        var own = designs.SelectMany(d => new[] { d.Record, d.Policy })
            .Select(n => Path.Combine(root, "Simulation", "Designs", n + ".cs")).ToHashSet();
        Assert.That(own.All(File.Exists), Is.True, "each design's record and policy stand in files named after them");
        var sources = new[] { "Simulation", "Scenarios" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.That(sources, Has.Count.GreaterThan(50));
        var found = new List<string>();
        foreach (var file in sources.Where(f => !own.Contains(f)))
        {
            var code = Comment().Replace(File.ReadAllText(file), "");
            var identifiers = StringText().Replace(code, "\"\"");
            foreach (var (record, policy, block) in designs)
            {
                foreach (var name in new[] { record, policy })
                    if (Regex.IsMatch(identifiers, $@"\b{name}\b"))
                        found.Add($"{Path.GetRelativePath(root, file)} names {name}");
                if (Regex.IsMatch(code, $@"designs\.{block}\b"))
                    found.Add($"{Path.GetRelativePath(root, file)} names the path designs.{block}");
            }
        }
        Assert.That(found, Is.Empty, "a central file names a design; let the design declare it instead (registration, rules, counters, figures)");
    }

    [Test]
    public void The_check_sees_a_design_named_in_code()
    {
        // The same scan as above over a text that names Globen the way the old central registration did.
        var code = StringText().Replace(Comment().Replace("public GlobenParameters? Globen { get; init; } // Globen\nAdd(d?.Globen, () => new Globen(d!.Globen!));", ""), "\"\"");
        Assert.That(Regex.IsMatch(code, @"\bGlobenParameters\b") && Regex.IsMatch(code, @"\bGloben\b"), Is.True);
        Assert.That(Regex.IsMatch("private const string Fas = \"$.designs.fas\";", @"designs\.fas\b"), Is.True, "a path into the block");
        Assert.That(Regex.IsMatch(StringText().Replace(Comment().Replace("// the Globen model\nvar s = \"Globen: \\\"x\\\"\";", ""), "\"\""), @"\bGloben\b"), Is.False,
            "comments and string texts are left out");
    }
}
