using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Designs;

/// <summary>Mentors (S000, S003): four veterans and four new graduates, nobody leaving, one year.</summary>
[TestFixture]
public class MentorTests
{
    private static UnitParameters Unit(DesignParameters designs)
    {
        var p = Small(designs, households: 440);
        return p with
        {
            Staff = p.Staff with
            {
                Caseworkers = [new StaffGroup { Count = 4, MeanExperienceMonths = 400 }, new StaffGroup { Count = 4, MeanExperienceMonths = 0 }],
            },
            Turnover = p.Turnover with { BaseResignationPercentPerYear = 0, HighStrainResignationPercentPerYear = 0 },
        };
    }

    [Test]
    public void Mentors_lower_mentees_strain_and_raise_their_throughput_while_lowering_the_mentors()
    {
        var without = Unit(new DesignParameters());
        var with = Unit(new DesignParameters(new MentorParameters { MenteesPerMentor = 1, MentorMinExperienceMonths = 0 }));
        double[] Without(string key) => Values(without, key, 8, 1);
        double[] With(string key) => Values(with, key, 8, 1);

        Assert.That(ClearlyAbove(With(DesignMeasurements.StrainFirstYear), Without(DesignMeasurements.StrainFirstYear)), Is.True, "mentees' strain falls");
        Assert.That(ClearlyAbove(Without(DesignMeasurements.CaseworkFirstYear), With(DesignMeasurements.CaseworkFirstYear)), Is.True, "mentees do more casework");
        Assert.That(ClearlyAbove(With(DesignMeasurements.CaseworkExperienced), Without(DesignMeasurements.CaseworkExperienced)), Is.True, "mentors do less");
        Assert.That(With(Mentorship.MentoringHoursPerMonth), Is.All.GreaterThan(0));
    }

    [Test]
    public void Mentoring_hours_match_the_set_aside_time()
    {
        // 4 pairs × 1.5 h/week ÷ 5 days, on the days both are at work: at most 4 × 0.3 h per working day.
        var r = Planner.Simulation.Model.UnitModel.Run(
            Unit(new DesignParameters(new MentorParameters { MenteesPerMentor = 1, MentorMinExperienceMonths = 0 })),
            new Planner.Simulation.Model.ModelRun(1, 4, 1));
        double perMonth = r.Values[Mentorship.MentoringHoursPerMonth];
        Assert.That(perMonth, Is.LessThanOrEqualTo(4 * 0.3 * 23));
        Assert.That(perMonth, Is.GreaterThan(4 * 0.3 * 21 * 0.6), "most days both are at work");
    }
}
