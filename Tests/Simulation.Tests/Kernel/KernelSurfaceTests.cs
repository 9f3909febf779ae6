using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>
/// Keeps the kernel a small library with no dead weight: every public or internal member of
/// Planner.Simulation.Kernel is used by the kernel's own tests (this folder) and has its row in
/// docs/kernel.md, and the document names nothing that is not there. A member added without a test
/// or a line of documentation, or removed with its row left behind, fails here.
/// </summary>
/// <remarks>
/// "Used by the tests" is read from the test sources with comments and string literals removed: a
/// method, property or field by <c>.Name</c>, a constructor by <c>new Type(</c> or
/// <c>Type x = new(</c>. It is checked by name, so of two overloads one could go untested unnoticed;
/// the kernel has one overloaded name (<see cref="RandomStreams.Get(string)"/>), and both are tested.
/// This file is not read, so naming a member here does not count.
/// </remarks>
[TestFixture]
public sealed partial class KernelSurfaceTests
{
    private const string Namespace = "Planner.Simulation.Kernel";

    [Test]
    public void EveryKernelMemberIsUsedByTheKernelTests()
    {
        var sources = TestSources();
        var unused = KernelMembers()
            .Where(m => !IsUsed(sources, m.Type, m.Name))
            .Select(m => $"{m.Type.Name}.{m.Name}")
            .ToList();
        Assert.That(unused, Is.Empty, "kernel members no test in Tests/Simulation.Tests/Kernel uses");
    }

    [Test]
    public void DocsKernelMdDescribesExactlyTheKernelsMembers()
    {
        var documented = DocumentedMembers();
        var actual = KernelMembers().Select(m => $"{m.Type.Name}.{m.Name}").ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(actual.Except(documented).Order(), Is.Empty, "members without a row in docs/kernel.md");
            Assert.That(documented.Except(actual).Order(), Is.Empty, "rows in docs/kernel.md for members that do not exist");
        });
    }

    [Test]
    public void TheSurfaceCheckSeesAMemberThatNoTestUses()
    {
        // The check itself must be able to fail: a name absent from the sources is reported, and one
        // present only in a comment or a string does not count.
        var sources = "var s = new Scheduler(); s.Run(); // s.Executed\n var t = \".Pending\";";
        Assert.That(IsUsed(StripCommentsAndStrings(sources), typeof(Scheduler), "Run"), Is.True);
        Assert.That(IsUsed(StripCommentsAndStrings(sources), typeof(Scheduler), ".ctor"), Is.True);
        Assert.That(IsUsed(StripCommentsAndStrings(sources), typeof(Scheduler), "Executed"), Is.False);
        Assert.That(IsUsed(StripCommentsAndStrings(sources), typeof(Scheduler), "Pending"), Is.False);
        Assert.That(IsUsed(StripCommentsAndStrings(sources), typeof(EventHeap), ".ctor"), Is.False);
        Assert.That(KernelMembers().Select(m => $"{m.Type.Name}.{m.Name}"),
            Is.SupersetOf(new[] { "Scheduler.ScheduleAt", "Scheduler..ctor", "StreamRandom.NextDouble", "RandomStreams.Derive", "EventHeap.Push" }));
    }

    /// <summary>The public and internal members declared by the kernel's public and internal types (overrides of object's members aside).</summary>
    private static List<(Type Type, string Name)> KernelMembers()
    {
        const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var members = new List<(Type, string)>();
        var types = typeof(StreamRandom).Assembly.GetTypes()
            .Where(t => t.Namespace == Namespace && !t.IsDefined(typeof(CompilerGeneratedAttribute))
                && (t.IsPublic || t.IsNotPublic || t.IsNestedPublic || t.IsNestedAssembly));
        foreach (var type in types)
        {
            foreach (var member in type.GetMembers(all))
            {
                if (member.IsDefined(typeof(CompilerGeneratedAttribute))) continue;
                bool visible = member switch
                {
                    ConstructorInfo c => !c.IsStatic && Visible(c),
                    MethodInfo m => !m.IsSpecialName && Visible(m) && m.GetBaseDefinition().DeclaringType == type,
                    PropertyInfo p => (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)),
                    FieldInfo f => f.IsPublic || f.IsAssembly || f.IsFamilyOrAssembly,
                    _ => false,
                };
                if (visible) members.Add((type, member is ConstructorInfo ? ".ctor" : member.Name));
            }
        }
        return members.Distinct().ToList();

        static bool Visible(MethodBase m) => m.IsPublic || m.IsAssembly || m.IsFamilyOrAssembly;
    }

    private static bool IsUsed(string sources, Type type, string name) => name == ".ctor"
        ? Regex.IsMatch(sources, $@"new\s+{type.Name}\s*\(|\b{type.Name}\??\s+\w+\s*=\s*new\s*\(")
        : Regex.IsMatch(sources, $@"\.{name}\b");

    private static string TestSources()
    {
        var folder = Path.Combine(RepositoryRoot(), "Tests", "Simulation.Tests", "Kernel");
        var files = Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "KernelSurfaceTests.cs").ToList();
        Assert.That(files, Is.Not.Empty, folder);
        return string.Join("\n", files.Select(f => StripCommentsAndStrings(File.ReadAllText(f))));
    }

    private static string StripCommentsAndStrings(string code) => CommentOrString().Replace(code, " ");

    /// <summary>
    /// The "Type.Member" rows of docs/kernel.md: a heading <c>### `Type`</c>, then table rows whose first
    /// cell is <c>`Member…`</c> (<c>`new Type(…)`</c> for a constructor).
    /// </summary>
    private static HashSet<string> DocumentedMembers()
    {
        var file = Path.Combine(RepositoryRoot(), "docs", "kernel.md");
        Assert.That(File.Exists(file), Is.True, file);
        var documented = new HashSet<string>();
        string? type = null;
        foreach (var line in File.ReadLines(file))
        {
            var heading = TypeHeading().Match(line);
            if (heading.Success) type = heading.Groups[1].Value;
            else if (line.StartsWith("## ", StringComparison.Ordinal)) type = null;
            var row = MemberRow().Match(line);
            if (type is not null && row.Success)
                documented.Add($"{type}.{(row.Groups[1].Success ? ".ctor" : row.Groups[2].Value)}");
        }
        return documented;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Planner.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Planner.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@?\$?""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"^###\s+`(\w+)`")]
    private static partial Regex TypeHeading();

    [GeneratedRegex(@"^\|\s*`(new\s+)?(\w+)")]
    private static partial Regex MemberRow();
}
