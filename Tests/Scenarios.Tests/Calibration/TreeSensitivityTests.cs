using Newtonsoft.Json.Linq;
using Planner.Scenarios.Calibration;

namespace Planner.Scenarios.Tests.Calibration;

public class TreeSensitivityTests
{
    [Test]
    public void Trees_and_Morris_both_put_the_far_hazard_first_for_the_long_term_share()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario.Replace("\"years\": 1", "\"years\": 2"));
        var result = Planner.Cli("sensitivity", scenario, "--method", "trees", "--metric", "long_term_share",
            "--parameter", "exits.baseHazardFar=0.01:0.06", "--parameter", "exits.handoverPenalty=0:0.3", "--parameter", "costs.recruitmentCostPerHire=30000:90000",
            "--samples", "30", "--trajectories", "6", "--replications", "2", "--output", folder.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("Spearman's ρ between the two rankings"));
        var json = JObject.Parse(File.ReadAllText(folder.Combine("out", "small-sensitivity-trees", "sensitivity-trees.json")));
        var ranking = (JArray)json["metrics"]![0]!["ranking"]!;
        Assert.That((string?)ranking[0]["parameter"], Is.EqualTo("exits.baseHazardFar"));
        Assert.That((int)ranking[0]["morrisRank"]!, Is.EqualTo(1));
        var cost = ranking.Single(r => (string?)r["parameter"] == "costs.recruitmentCostPerHire");
        Assert.That((double)cost["importance"]!, Is.LessThan(0.05 * (double)ranking[0]["importance"]!),
            "a cost parameter cannot move the long-term share: near zero importance");
    }

    [Test]
    public void Spearman_is_1_for_the_same_order_and_minus_1_for_the_reverse()
    {
        Assert.That(TreeImportance.Spearman(["a", "b", "c", "d"], ["a", "b", "c", "d"]), Is.EqualTo(1));
        Assert.That(TreeImportance.Spearman(["a", "b", "c", "d"], ["d", "c", "b", "a"]), Is.EqualTo(-1));
    }

    [Test]
    public void Trees_refuse_a_single_parameter()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("small.json", Planner.SmallScenario);
        var one = Planner.Cli("sensitivity", scenario, "--method", "trees", "--parameter", "exits.baseHazardFar=0.01:0.06", "--output", folder.Combine("out"));
        Assert.That(one.Exit, Is.EqualTo(2));
        Assert.That(one.Err, Does.Contain("needs at least two parameters"));
    }
}
